package org.neurocircuit.decode.decoders;

import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.dense.row.linsol.chol.LinearSolverChol_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.neurocircuit.decode.spi.DecodingException;

/** The few EJML operations the decoders share: Gram matrices and symmetric positive-definite solves. */
final class Matrices {

    /**
     * Smallest ratio of Cholesky pivots (squared diagonal of L, smallest over largest) taken as
     * non-singular: below it the solution is dominated by rounding.
     */
    static final double MIN_PIVOT_RATIO = 1e-11;

    private static final int PARTS = 4;
    private static final int BLOCK_ROWS = 2048;

    private Matrices() {
    }

    /**
     * {@code xᵀx}, the one product that costs n·p². EJML's kernels run about three times faster on
     * blocks of rows that stay in cache than on a tall matrix at once, so the rows are cut into
     * {@value #PARTS} fixed parts (summed in parallel) of blocks of {@value #BLOCK_ROWS} rows. The
     * parts do not depend on the number of cores, so the result is the same on every machine.
     */
    static DMatrixRMaj gram(DMatrixRMaj x) {
        int n = x.numRows;
        int p = x.numCols;
        DMatrixRMaj[] partial = new DMatrixRMaj[PARTS];
        IntStream.range(0, PARTS).parallel().forEach(k -> {
            DMatrixRMaj sum = new DMatrixRMaj(p, p);
            DMatrixRMaj block = new DMatrixRMaj(BLOCK_ROWS, p);
            DMatrixRMaj g = new DMatrixRMaj(p, p);
            for (int start = (int) ((long) n * k / PARTS), end = (int) ((long) n * (k + 1) / PARTS); start < end;
                    start += BLOCK_ROWS) {
                int rows = Math.min(BLOCK_ROWS, end - start);
                block.reshape(rows, p);
                System.arraycopy(x.data, start * p, block.data, 0, rows * p);
                CommonOps_DDRM.multInner(block, g);
                CommonOps_DDRM.addEquals(sum, g);
            }
            partial[k] = sum;
        });
        for (int k = 1; k < PARTS; k++) {
            CommonOps_DDRM.addEquals(partial[0], partial[k]);
        }
        return partial[0];
    }

    /** {@code aᵀb}. */
    static DMatrixRMaj transA(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numCols, b.numCols);
        CommonOps_MT_DDRM.multTransA(a, b, c);
        return c;
    }

    /**
     * Solves {@code a x = b} for a symmetric positive-definite {@code a} by Cholesky
     * decomposition ({@code a} is overwritten).
     *
     * @param singular the message when {@code a} is singular or not positive definite
     * @throws DecodingException with that message
     */
    static DMatrixRMaj solveSpd(DMatrixRMaj a, DMatrixRMaj b, Supplier<String> singular) {
        LinearSolverChol_DDRM solver = LinearSolverFactory_DDRM.cholInner(true);
        if (!solver.setA(a)) {
            throw new DecodingException(singular.get());
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = solver.getDecomposition();
        DMatrixRMaj l = chol.getT(null);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < l.numRows; i++) {
            double d = l.get(i, i) * l.get(i, i);
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        if (!(lo > hi * MIN_PIVOT_RATIO)) {
            throw new DecodingException(singular.get());
        }
        DMatrixRMaj x = new DMatrixRMaj(b.numRows, b.numCols);
        solver.solve(b, x);
        return x;
    }

    /** The inverse of a symmetric positive-definite matrix (small ones: states, classes). */
    static DMatrixRMaj invertSpd(DMatrixRMaj a, Supplier<String> singular) {
        DMatrixRMaj eye = CommonOps_DDRM.identity(a.numRows);
        return solveSpd(a.copy(), eye, singular);
    }

    /** Adds {@code v} to the diagonal. */
    static void addDiagonal(DMatrixRMaj a, double v) {
        for (int i = 0; i < a.numRows; i++) {
            a.add(i, i, v);
        }
    }
}
