package org.opencsc.courts;

import java.util.EnumSet;
import java.util.Set;
import org.opencsc.platform.Coded;

/**
 * Orders the court makes. Interim orders hold the child's position while the proceedings run;
 * a final order (or the application's withdrawal) concludes them. Some orders make the child
 * looked after under a legal status the care record must show (SSDA903 LS).
 */
public enum OrderKind implements Coded {
    INTERIM_CARE_ORDER("Interim care order", false, "C1", EnumSet.of(ApplicationKind.CARE_ORDER, ApplicationKind.SUPERVISION_ORDER)),
    INTERIM_SUPERVISION_ORDER("Interim supervision order", false, null, EnumSet.of(ApplicationKind.CARE_ORDER, ApplicationKind.SUPERVISION_ORDER)),
    EMERGENCY_PROTECTION_ORDER("Emergency protection order", true, "L2", EnumSet.of(ApplicationKind.EMERGENCY_PROTECTION_ORDER)),
    CARE_ORDER("Care order", true, "C2", EnumSet.of(ApplicationKind.CARE_ORDER, ApplicationKind.SUPERVISION_ORDER)),
    SUPERVISION_ORDER("Supervision order", true, null, EnumSet.of(ApplicationKind.CARE_ORDER, ApplicationKind.SUPERVISION_ORDER)),
    PLACEMENT_ORDER("Placement order", true, "E1", EnumSet.of(ApplicationKind.PLACEMENT_ORDER)),
    SPECIAL_GUARDIANSHIP_ORDER("Special guardianship order", true, null, EnumSet.of(ApplicationKind.CARE_ORDER, ApplicationKind.SUPERVISION_ORDER)),
    CHILD_ARRANGEMENTS_ORDER("Child arrangements order", true, null, EnumSet.of(ApplicationKind.CARE_ORDER, ApplicationKind.SUPERVISION_ORDER)),
    NO_ORDER("No order", true, null, EnumSet.allOf(ApplicationKind.class)),
    WITHDRAWN("Application withdrawn", true, null, EnumSet.allOf(ApplicationKind.class));

    private final String label;
    private final boolean concludes;
    private final String legalStatus;
    private final Set<ApplicationKind> madeOn;

    OrderKind(String label, boolean concludes, String legalStatus, Set<ApplicationKind> madeOn) {
        this.label = label;
        this.concludes = concludes;
        this.legalStatus = legalStatus;
        this.madeOn = madeOn;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /** True for a final order or a withdrawal: the proceedings end with it. */
    public boolean concludes() {
        return concludes;
    }

    /** The legal status (SSDA903 LS) a looked-after child has under this order, or null when it does not make the child looked after. */
    public String legalStatus() {
        return legalStatus;
    }

    public boolean madeOn(ApplicationKind application) {
        return madeOn.contains(application);
    }
}
