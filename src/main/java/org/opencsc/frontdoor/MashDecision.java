package org.opencsc.frontdoor;

import org.opencsc.platform.Coded;

/** What the MASH+ decided about a contact. */
public enum MashDecision implements Coded {
    NO_FURTHER_ACTION("No further action"),
    EARLY_HELP("Early help"),
    REFERRAL("Referral to children's social care"),
    STRATEGY_DISCUSSION("Referral and strategy discussion");

    private final String label;

    MashDecision(String label) {
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
