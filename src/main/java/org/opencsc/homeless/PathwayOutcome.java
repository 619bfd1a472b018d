package org.opencsc.homeless;

import org.opencsc.platform.Coded;

/** How the joint assessment ended for the young person. */
public enum PathwayOutcome implements Coded {
    RETURNED_HOME("Returned home or to family, with support"),
    ACCOMMODATED_S20("Accommodated under section 20: looked after"),
    CHILD_IN_NEED_S17("Child in need support (section 17), with housing's help"),
    DECLINED_S20_HOUSING("Declined section 20 after independent advice: housing duty accepted"),
    NO_FURTHER_ACTION("Not homeless: no further action");

    private final String label;

    PathwayOutcome(String label) {
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
