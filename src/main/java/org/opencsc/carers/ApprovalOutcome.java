package org.opencsc.carers;

import org.opencsc.platform.Coded;

/** The decision that ends a connected person's temporary approval. */
public enum ApprovalOutcome implements Coded {
    APPROVED("Approved as foster carers for the child"),
    REFUSED("Not approved");

    private final String label;

    ApprovalOutcome(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
