package org.opencsc.child;

import org.opencsc.platform.Coded;

/** How a person is related to the child, read from the child's side ("X is the child's mother"). */
public enum RelationshipKind implements Coded {
    MOTHER("Mother", "Child"),
    FATHER("Father", "Child"),
    STEP_PARENT("Step-parent", "Step-child"),
    SIBLING("Sibling", "Sibling"),
    HALF_SIBLING("Half-sibling", "Sibling"),
    GRANDPARENT("Grandparent", "Grandchild"),
    AUNT_OR_UNCLE("Aunt or uncle", "Niece or nephew"),
    OTHER_RELATIVE("Other relative", "Other relative"),
    FOSTER_CARER("Foster carer", "Child in their care"),
    KINSHIP_CARER("Family or friends carer", "Child in their care"),
    FAMILY_FRIEND("Family friend", "Family friend"),
    PARENTS_PARTNER("Parent's partner", "Partner's child");

    private final String label;
    private final String inverseLabel;

    RelationshipKind(String label, String inverseLabel) {
        this.label = label;
        this.inverseLabel = inverseLabel;
    }

    /** The same relationship read from the other person's record. */
    public String inverseLabel() {
        return inverseLabel;
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
