package org.opencsc.adopters;

import org.opencsc.child.Ethnicity;
import org.opencsc.child.Sex;

/** One of a family's one or two prospective adopters, with what Annex A reports of each. */
public record Adopter(long id, String givenName, String familyName, Sex sex, Ethnicity ethnicity, AdopterDisability disability) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
