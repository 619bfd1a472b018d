package org.opencsc.child;

import java.util.List;
import org.opencsc.platform.DateParts;

/** Person forms as a social worker would fill them in. */
public final class PersonForms {

    private PersonForms() {
    }

    public static PersonForm child(String given, String family, String day, String month, String year) {
        return new PersonForm("CHILD", null, given, null, family, new DateParts(day, month, year), DateParts.EMPTY, "F", null,
                "WBRI", null, null, null, null, "English", null, null, false, List.of(), null);
    }
}
