package org.opencsc.quality;

import org.opencsc.platform.Coded;

/** The four grades Ofsted uses, given to each question of a case audit and to the audit as a whole. */
public enum AuditGrade implements Coded {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    AuditGrade(String label) {
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

    /** Below good: the grades that need a reason written down. */
    public boolean belowGood() {
        return this == REQUIRES_IMPROVEMENT || this == INADEQUATE;
    }

    /** The GOV.UK tag colour for the grade. */
    public String tagClass() {
        return switch (this) {
            case OUTSTANDING -> "govuk-tag--green";
            case GOOD -> "govuk-tag--turquoise";
            case REQUIRES_IMPROVEMENT -> "govuk-tag--yellow";
            case INADEQUATE -> "govuk-tag--red";
        };
    }
}
