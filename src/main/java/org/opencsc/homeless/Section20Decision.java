package org.opencsc.homeless;

import org.opencsc.platform.Coded;

/** The young person's decision about being accommodated under section 20, once told what it means. */
public enum Section20Decision implements Coded {
    ACCEPTED("Accepted section 20 accommodation"),
    DECLINED("Declined section 20, after independent advice"),
    NOT_OFFERED("Not offered: the young person does not need accommodation under section 20");

    private final String label;

    Section20Decision(String label) {
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
