package org.opencsc.child;

import java.time.LocalDate;
import java.util.List;

/** The checked values of a person's details, ready to be written. */
public record PersonDetails(
        PersonKind kind,
        String laChildId,
        String upn,
        String formerUpn,
        UpnUnknownReason upnUnknownReason,
        String nhsNumber,
        String givenName,
        String middleNames,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        Sex sex,
        String genderIdentity,
        Ethnicity ethnicity,
        String firstLanguage,
        String religion,
        String immigrationStatus,
        boolean uasc,
        List<Disability> disabilities) {
}
