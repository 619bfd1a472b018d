package org.opencsc.child;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A person on the record: a child, an unborn child, a family member or a carer. */
public record Person(
        long id,
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
        LocalDate dateOfDeath,
        Sex sex,
        String genderIdentity,
        Ethnicity ethnicity,
        String firstLanguage,
        String religion,
        String immigrationStatus,
        boolean uasc,
        List<Disability> disabilities,
        CaseStatus caseStatus,
        boolean restricted,
        String restrictionReason,
        int version,
        Instant updatedAt,
        String updatedBy) {

    public String fullName() {
        return middleNames == null || middleNames.isBlank()
                ? givenName + " " + familyName
                : givenName + " " + middleNames + " " + familyName;
    }

    /** Age in whole years on the given day, or null for an unborn child. */
    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }
}
