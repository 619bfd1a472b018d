package org.opencsc.returns.legacy;

/** One thing the import did not take as sent: where it is (file, row, column), the value, why, and what became of it. */
record ImportProblem(String file, int row, String column, String value, ProblemReason reason, String outcome) {

    static final String CHILD_REFUSED = "child refused";
    static final String IMPORTED_BEFORE = "child imported before: not applied";
    static final String ROW_REJECTED = "row rejected";
    static final String CONVERTED = "converted";
    static final String LEFT_OUT = "left out";
    static final String KEPT = "kept in staging";

    ImportProblem withOutcome(String newOutcome) {
        return new ImportProblem(file, row, column, value, reason, newOutcome);
    }
}
