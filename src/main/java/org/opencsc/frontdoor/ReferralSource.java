package org.opencsc.frontdoor;

import org.opencsc.platform.Coded;

/** Who made the contact or referral: the CIN census referral source codes. */
public enum ReferralSource implements Coded {
    S1A("1A", "Individual – family member, relative or carer"),
    S1B("1B", "Individual – acquaintance (including neighbours and child minders)"),
    S1C("1C", "Individual – self"),
    S1D("1D", "Individual – other (including strangers)"),
    S2A("2A", "Schools"),
    S2B("2B", "Education services"),
    S3A("3A", "Health services – general practitioner (GP)"),
    S3B("3B", "Health services – health visitor"),
    S3C("3C", "Health services – school nurse"),
    S3D("3D", "Health services – other primary health services"),
    S3E("3E", "Health services – A&E (accident and emergency department)"),
    S3F("3F", "Health services – other (for example hospice)"),
    S4("4", "Housing – local authority housing or housing association"),
    S5A("5A", "LA services – social care for example adults social care services"),
    S5B("5B", "LA services – other internal (department other than social care in local authorities, for example, youth offending (excluding housing))"),
    S5C("5C", "LA services – external, for example, from another local authority’s adults social care services"),
    S5D("5D", "LA services – early help"),
    S6("6", "Police"),
    S7("7", "Other legal agency – including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison"),
    S8("8", "Other – including children’s centres, independent agency providers or voluntary organisations"),
    S9("9", "Anonymous"),
    S10("10", "Unknown");

    private final String code;
    private final String label;

    ReferralSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
