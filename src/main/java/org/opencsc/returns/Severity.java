package org.opencsc.returns;

/** The DfE's two kinds of validation rule: an error must be fixed; a query must be explained. */
public enum Severity {
    ERROR("Error"),
    QUERY("Query");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
