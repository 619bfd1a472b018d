package org.opencsc.child;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.platform.Coded;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FieldProblems;

/**
 * A person's details as typed into the form or sent to the API, kept as text so that a
 * rejected submission comes back exactly as it was typed.
 */
public record PersonForm(
        String kind,
        String laChildId,
        String givenName,
        String middleNames,
        String familyName,
        DateParts dateOfBirth,
        DateParts expectedDateOfBirth,
        String sex,
        String genderIdentity,
        String ethnicity,
        String upn,
        String formerUpn,
        String upnUnknownReason,
        String nhsNumber,
        String firstLanguage,
        String religion,
        String immigrationStatus,
        Boolean uasc,
        List<String> disabilities,
        Integer version) {

    public PersonForm {
        dateOfBirth = DateParts.orEmpty(dateOfBirth);
        expectedDateOfBirth = DateParts.orEmpty(expectedDateOfBirth);
        disabilities = disabilities == null ? List.of() : disabilities;
    }

    public static PersonForm blank() {
        return new PersonForm("CHILD", null, null, null, null, DateParts.EMPTY, DateParts.EMPTY, null, null, null, null, null,
                null, null, null, null, null, false, List.of(), null);
    }

    public static PersonForm of(Person p) {
        return new PersonForm(p.kind().name(), p.laChildId(), p.givenName(), p.middleNames(), p.familyName(),
                DateParts.of(p.dateOfBirth()), DateParts.of(p.expectedDateOfBirth()), p.sex().code(), p.genderIdentity(),
                p.ethnicity() == null ? null : p.ethnicity().code(), p.upn(), p.formerUpn(),
                p.upnUnknownReason() == null ? null : p.upnUnknownReason().code(), NhsNumber.display(p.nhsNumber()),
                p.firstLanguage(), p.religion(), p.immigrationStatus(), p.uasc(),
                p.disabilities().stream().map(Disability::code).toList(), p.version());
    }

    /** The same typed values against a newer version, once the person has seen what changed. */
    public PersonForm withVersion(int newVersion) {
        return new PersonForm(kind, laChildId, givenName, middleNames, familyName, dateOfBirth, expectedDateOfBirth, sex,
                genderIdentity, ethnicity, upn, formerUpn, upnUnknownReason, nhsNumber, firstLanguage, religion,
                immigrationStatus, uasc, disabilities, newVersion);
    }

    /** Checks every field, gathering all problems, and gives the values to save. */
    PersonDetails check(LocalDate today, FieldProblems problems) {
        var personKind = problems.choice("kind", "Who this person is", kind, code -> Coded.fromCode(PersonKind.class, code), true);
        var typedId = problems.text("laChildId", "LA child ID", laChildId, 20, false);
        var id = typedId == null ? null : typedId.toUpperCase(java.util.Locale.ROOT);
        // The ID goes as it is into the DfE's SSDA903 files, where it must not read as a spreadsheet formula.
        problems.check(id == null || !org.opencsc.platform.SpreadsheetText.risky(id), "laChildId",
                "LA child ID must start with a letter or a number");
        var given = problems.text("givenName", "Given name", givenName, 100, true);
        var middle = problems.text("middleNames", "Middle names", middleNames, 100, false);
        var family = problems.text("familyName", "Family name", familyName, 100, true);
        var born = dateOfBirth.read("dateOfBirth", "Date of birth", problems);
        var expected = expectedDateOfBirth
                .read("expectedDateOfBirth", "Expected date of birth", problems);
        if (personKind == PersonKind.UNBORN) {
            problems.check(born == null, "dateOfBirth", "Date of birth must be empty for an unborn child: enter the expected date of birth instead");
            problems.check(expected != null || problems.has("expectedDateOfBirth"), "expectedDateOfBirth", "Enter the expected date of birth");
        } else if (personKind == PersonKind.CHILD) {
            problems.check(born != null || problems.has("dateOfBirth"), "dateOfBirth", "Enter the date of birth");
        }
        problems.check(born, d -> !d.isAfter(today), "dateOfBirth", "Date of birth must be today or in the past");
        problems.check(born, d -> d.isAfter(today.minusYears(120)), "dateOfBirth", "Date of birth must be within the last 120 years");
        problems.check(expected, d -> d.isBefore(today.plusMonths(10)), "expectedDateOfBirth", "Expected date of birth must be within the next 10 months");
        var sexCode = problems.choice("sex", "Sex", sex, code -> Coded.fromCode(Sex.class, code), true);
        var gender = problems.text("genderIdentity", "Gender identity", genderIdentity, 60, false);
        var ethnic = problems.choice("ethnicity", "Ethnicity", ethnicity, code -> Coded.fromCode(Ethnicity.class, code), false);
        var checkedUpn = Upn.normalise(problems.text("upn", "UPN", upn, 20, false));
        problems.check(checkedUpn, Upn::isValid, "upn", "UPN must be 13 characters with a correct check letter, like A123456789012");
        var checkedFormerUpn = Upn.normalise(problems.text("formerUpn", "Former UPN", formerUpn, 20, false));
        problems.check(checkedFormerUpn, Upn::isValid, "formerUpn", "Former UPN must be 13 characters with a correct check letter");
        var unknownReason = problems.choice("upnUnknownReason", "Reason the UPN is not known", upnUnknownReason,
                code -> Coded.fromCode(UpnUnknownReason.class, code), false);
        problems.check(checkedUpn == null || unknownReason == null, "upnUnknownReason",
                "Reason the UPN is not known must be empty when a UPN is entered");
        var nhs = NhsNumber.normalise(problems.text("nhsNumber", "NHS number", nhsNumber, 14, false));
        problems.check(nhs, NhsNumber::isValid, "nhsNumber", "NHS number must be 10 digits with a correct check digit, like 943 476 5919");
        var language = problems.text("firstLanguage", "First language", firstLanguage, 60, false);
        var faith = problems.text("religion", "Religion", religion, 60, false);
        var immigration = problems.text("immigrationStatus", "Immigration status", immigrationStatus, 40, false);
        var codes = disabilities.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        var checkedDisabilities = codes.stream()
                .map(code -> problems.choice("disabilities", "Disability", code, c -> Coded.fromCode(Disability.class, c), false))
                .filter(java.util.Objects::nonNull)
                .toList();
        problems.check(!(checkedDisabilities.contains(Disability.NONE) && checkedDisabilities.size() > 1), "disabilities",
                "Disabilities: \"No disability\" cannot be selected with a disability");
        if (personKind == null || sexCode == null || given == null || family == null) {
            return null;
        }
        return new PersonDetails(personKind, id, checkedUpn, checkedFormerUpn, unknownReason, nhs, given, middle, family, born,
                expected, sexCode, gender, ethnic, language, faith, immigration, Boolean.TRUE.equals(uasc), checkedDisabilities);
    }
}
