package org.opencsc.permanence;

import org.opencsc.platform.Coded;

/** What allows the council to place a child for adoption: the court's placement order, or the parents' consent. */
public enum AuthorityToPlace implements Coded {
    PLACEMENT_ORDER("Placement order made by the court"),
    CONSENT("Parents' consent to placement for adoption (section 19)");

    private final String label;

    AuthorityToPlace(String label) {
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
