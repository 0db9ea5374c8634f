package org.neurocircuit.architecture.tests;

import java.util.ArrayList;
import java.util.List;

/** Splits OSGi manifest headers into clauses: commas inside quoted attribute values do not split. */
final class ManifestHeaders {

    private ManifestHeaders() {
    }

    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString().trim());
        return clauses;
    }

    /** {@code org.x;version="1"} becomes {@code org.x}. */
    static String stripParameters(String clause) {
        int semicolon = clause.indexOf(';');
        return (semicolon < 0 ? clause : clause.substring(0, semicolon)).trim();
    }
}
