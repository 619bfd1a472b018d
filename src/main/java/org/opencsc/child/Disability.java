package org.opencsc.child;

import org.opencsc.platform.Coded;

/** Disability codes of the CIN census; NONE stands alone. */
public enum Disability implements Coded {
    NONE("No disability"),
    MOB("Mobility"),
    HAND("Hand function"),
    PC("Personal care"),
    INC("Incontinence"),
    COMM("Communication"),
    LD("Learning"),
    HEAR("Hearing"),
    VIS("Vision"),
    BEH("Behaviour"),
    CON("Consciousness"),
    AUT("Autistic spectrum disorder"),
    DDA("Other disability under the Equality Act");

    private final String label;

    Disability(String label) {
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
