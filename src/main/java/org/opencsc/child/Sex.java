package org.opencsc.child;

import org.opencsc.platform.Coded;

/** Sex as the CIN census records it from 2024/25. */
public enum Sex implements Coded {
    M("Male"),
    F("Female"),
    U("Not known or not recorded");

    private final String label;

    Sex(String label) {
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
