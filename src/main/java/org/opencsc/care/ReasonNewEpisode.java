package org.opencsc.care;

import org.opencsc.platform.Coded;

/** Why an SSDA903 episode started (RNE), worked out from what changed that day. */
public enum ReasonNewEpisode implements Coded {
    S("S", "Started to be looked after"),
    L("L", "Change of legal status only"),
    P("P", "Change of placement and carer(s) only"),
    T("T", "Change of both legal status and placement and carer(s) at the same time"),
    B("B", "Change of placement but same carer(s)"),
    U("U", "Change of legal status and placement but same carer(s) at the same time");

    private final String code;
    private final String label;

    ReasonNewEpisode(String code, String label) {
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

    /** The reason for what changed since the episode before; null when nothing did (no new episode). */
    static ReasonNewEpisode forChange(boolean legalStatusChanged, boolean placementChanged, boolean carerChanged) {
        if (placementChanged) {
            if (legalStatusChanged) {
                return carerChanged ? T : U;
            }
            return carerChanged ? P : B;
        }
        return legalStatusChanged ? L : null;
    }
}
