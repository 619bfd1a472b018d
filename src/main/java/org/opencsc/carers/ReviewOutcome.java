package org.opencsc.carers;

import org.opencsc.platform.Coded;

/** What a review of a household's approval decided. */
public enum ReviewOutcome implements Coded {
    CONTINUE("Approval continues on the same terms"),
    CHANGED_TERMS("Approval continues on changed terms"),
    ENDED("Approval ends");

    private final String label;

    ReviewOutcome(String label) {
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
