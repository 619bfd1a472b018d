package org.opencsc.care;

import org.opencsc.platform.Coded;

/** Who provides a placement (SSDA903 PLACE_PROVIDER). */
public enum PlacementProvider implements Coded {
    PR0("PR0", "Parent or other person with parental responsibility"),
    PR1("PR1", "The council's own provision"),
    PR2("PR2", "Another local authority's provision"),
    PR3("PR3", "Other public sector provision"),
    PR4("PR4", "Private provision"),
    PR5("PR5", "Voluntary or third sector provision");

    private final String code;
    private final String label;

    PlacementProvider(String code, String label) {
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
