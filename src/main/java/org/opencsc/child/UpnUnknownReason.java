package org.opencsc.child;

import org.opencsc.platform.Coded;

/** Why a child has no UPN (CIN census UN codes). */
public enum UpnUnknownReason implements Coded {
    UN1("Child is now adopted"),
    UN2("Child has never attended school or other educational setting"),
    UN3("Child is educated outside England"),
    UN4("Child is newly arrived in England and UPN not yet allocated"),
    UN5("Sources collating UPNs reflect discrepancy"),
    UN6("Child is under 6 years old and not yet in school"),
    UN7("Child is aged 19 or over"),
    UN8("Child is not old enough to have a UPN"),
    UN9("Child is not old enough to attend school"),
    UN10("Child is in a different type of education");

    private final String label;

    UpnUnknownReason(String label) {
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
