package org.opencsc.carers;

import org.opencsc.platform.Coded;

/** Who a fostering household is to the children it cares for. */
public enum CarerKind implements Coded {
    FOSTER("Foster carers"),
    CONNECTED_PERSON("Connected person (family or friends)");

    private final String label;

    CarerKind(String label) {
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
