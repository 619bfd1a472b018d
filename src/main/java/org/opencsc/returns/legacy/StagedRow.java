package org.opencsc.returns.legacy;

import java.util.Map;

/**
 * A row as the council sent it: its file, its row number in that file (the header is row 1) and
 * its values by column. A row that could not be read as CSV keeps its text and the reason.
 */
record StagedRow(LegacyFile file, int row, String child, Map<String, String> fields) {

    /** The key under which a row that could not be split into values keeps its text. */
    static final String LINE = "_line";
    /** The key under which an unreadable row keeps why. */
    static final String UNREADABLE = "_unreadable";

    StagedRow {
        fields = Map.copyOf(fields);
    }

    ProblemReason unreadable() {
        var reason = fields.get(UNREADABLE);
        return reason == null ? null : ProblemReason.valueOf(reason);
    }
}
