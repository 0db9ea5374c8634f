package org.neurocircuit.decode.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.HistoryWindow;

/** Fold indices, exactly, for 10 rows in 3 folds (blocks of 4, 3 and 3 rows). */
class BlockedKFoldTest {

    @Test
    void withoutHistoryTheBlocksAreTestedWholeAndInOrder() {
        List<Fold> f = BlockedKFold.split(10, 3, HistoryWindow.none());
        assertFold(f.get(0), 0, 4, 0, 4, new int[] {4, 5, 6, 7, 8, 9});
        assertFold(f.get(1), 4, 7, 4, 7, new int[] {0, 1, 2, 3, 7, 8, 9});
        assertFold(f.get(2), 7, 10, 7, 10, new int[] {0, 1, 2, 3, 4, 5, 6});
    }

    @Test
    void aCausalWindowDropsTheBinsAfterEachBoundary() {
        List<Fold> f = BlockedKFold.split(10, 3, HistoryWindow.causal(1));
        // fold 1: row 4 (its window reaches row 3, training) is not tested; row 7 (reaches 6, test) not trained on
        assertFold(f.get(0), 0, 4, 0, 4, new int[] {5, 6, 7, 8, 9});
        assertFold(f.get(1), 4, 7, 5, 7, new int[] {0, 1, 2, 3, 8, 9});
        assertFold(f.get(2), 7, 10, 8, 10, new int[] {0, 1, 2, 3, 4, 5, 6});
    }

    @Test
    void aCentredWindowAlsoDropsTheBinsBeforeEachBoundary() {
        List<Fold> f = BlockedKFold.split(10, 3, HistoryWindow.centred(1));
        assertFold(f.get(0), 0, 4, 0, 3, new int[] {5, 6, 7, 8, 9});
        assertFold(f.get(1), 4, 7, 5, 6, new int[] {0, 1, 2, 8, 9});
        assertFold(f.get(2), 7, 10, 8, 10, new int[] {0, 1, 2, 3, 4, 5});
    }

    @Test
    void twoHistoryBinsDropTwoRowsAfterEachBoundary() {
        List<Fold> f = BlockedKFold.split(12, 2, HistoryWindow.causal(2));
        assertFold(f.get(0), 0, 6, 0, 6, new int[] {8, 9, 10, 11});
        assertFold(f.get(1), 6, 12, 8, 12, new int[] {0, 1, 2, 3, 4, 5});
    }

    @Test
    void blocksAreContiguousAndCoverEveryRowOnceInTimeOrder() {
        List<Fold> f = BlockedKFold.split(1003, 7, HistoryWindow.causal(3));
        int next = 0;
        for (Fold fold : f) {
            assertEquals(next, fold.blockStart());
            int size = fold.blockEnd() - fold.blockStart();
            assertTrue(size == 143 || size == 144, "block size " + size);
            next = fold.blockEnd();
            for (int r : fold.train()) {
                assertTrue(r < fold.blockStart() || r >= fold.blockEnd() + 3, "training row " + r + " of " + fold);
            }
        }
        assertEquals(1003, next);
    }

    @Test
    void tooFewBinsForTheFoldsAreRefusedWithWhatIsNeeded() {
        DecodingException e = assertThrows(DecodingException.class,
                () -> BlockedKFold.split(8, 5, HistoryWindow.causal(1)));
        assertEquals("too few bins for 5 folds: 8 bins make blocks of 1–2 bins, and each block loses up to 1 bin at"
                + " its edges to the history window (1 past, 0 future); at least 10 bins are needed: use fewer"
                + " folds, fewer history bins, narrower bins or a longer recording", e.getMessage());
        assertThrows(DecodingException.class, () -> BlockedKFold.split(100, 1, HistoryWindow.none()));
    }

    private static void assertFold(Fold f, int blockStart, int blockEnd, int testStart, int testEnd, int[] train) {
        assertEquals(blockStart, f.blockStart(), "block start");
        assertEquals(blockEnd, f.blockEnd(), "block end");
        assertEquals(testStart, f.testStart(), "test start");
        assertEquals(testEnd, f.testEnd(), "test end");
        assertArrayEquals(train, f.train(), "training rows of fold " + f.index());
    }
}
