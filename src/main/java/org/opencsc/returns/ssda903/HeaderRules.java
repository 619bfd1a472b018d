package org.opencsc.returns.ssda903;

import static org.opencsc.returns.ssda903.Rule.error;
import static org.opencsc.returns.ssda903.Rule.onChild;
import static org.opencsc.returns.ssda903.Rule.query;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The DfE rules on a child's header: sex, date of birth, ethnicity, UPN and motherhood. */
final class HeaderRules {

    // A check letter (never I, O or S), then 12 digits, or 11 digits and a letter for a temporary UPN.
    private static final Pattern UPN = Pattern.compile("[A-HJ-NPQRT-Z](\\d{12}|\\d{11}[A-Z])");
    private static final java.util.Set<String> SHORT_BREAKS = Rule.codes("V3", "V4");
    private static final List<String> UN_CODES = List.of("UN1", "UN2", "UN3", "UN4", "UN5");

    private HeaderRules() {
    }

    static final List<Rule> RULES = List.of(
            // SEX is 1 or 2 to 2023/24 and M, F or U from 2024/25 (YearCodes).
            error("101", "The child or young person’s reported sex is not valid.",
                    onChild((c, y) -> !YearCodes.isSex(y.year(), c.sex()))),
            // From 2024/25 a sex not known is written U, a valid code, so 101 no longer says so: 232 asks for it to be checked.
            query("232", "Sex of the child/young person has been reported as unknown.",
                    onChild((c, y) -> "U".equals(c.sex()) && y.year().year() >= YearCodes.SEX_AS_LETTERS)),
            error("102", "Date of birth is not a valid date.",
                    onChild((c, y) -> c.dateOfBirth() == null)),
            error("103", "The ethnicity code is either not valid or has not been entered.",
                    onChild((c, y) -> !y.isCode("Header", "ETHNIC", c.ethnicity()))),
            error("168", "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.",
                    onChild((c, y) -> c.upn() == null || !(UPN.matcher(c.upn()).matches() || UN_CODES.contains(c.upn())))),
            error("165", "Data entry for mother status is invalid.",
                    onChild((c, y) -> (y.female().equals(c.sex()) && c.episodes().stream().anyMatch(e -> !SHORT_BREAKS.contains(e.legalStatus()))
                            && !List.of("0", "1").contains(String.valueOf(c.mother())))
                            || (y.male().equals(c.sex()) && c.mother() != null))),
            error("209", "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.",
                    onChild((c, y) -> "UN1".equals(c.upn()) && c.dateOfBirth() != null
                            && !c.dateOfBirth().plusYears(4).isAfter(LocalDate.of(y.start().getYear() - 1, 8, 31)))),
            error("620", "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.",
                    onChild((c, y) -> "1".equals(c.mother()) && c.dateOfBirth() != null && c.ageOn(y.start()) < 11)),
            error("621", "Mother’s field has been completed but date of birth shows that the mother is younger than her child.",
                    onChild((c, y) -> c.motherChildDateOfBirth() != null && c.dateOfBirth() != null
                            && !c.motherChildDateOfBirth().isAfter(c.dateOfBirth()))),
            error("301", "Date of birth falls after the year ended.",
                    onChild((c, y) -> c.dateOfBirth() != null && c.dateOfBirth().isAfter(y.end()))),
            error("174", "Mother's child date of birth is recorded but sex shows that the child is a male.",
                    onChild((c, y) -> y.male().equals(c.sex()) && c.motherChildDateOfBirth() != null)),
            error("612", "Date of birth field has been completed but mother field indicates child is not a mother.",
                    onChild((c, y) -> y.female().equals(c.sex()) && !"1".equals(c.mother()) && c.motherChildDateOfBirth() != null)),
            error("442", "Unique Pupil Number (UPN) field is not completed.",
                    onChild((c, y) -> c.upn() == null && c.episodes().stream().anyMatch(e -> !SHORT_BREAKS.contains(e.legalStatus())))),
            error("210", "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.",
                    onChild((c, y) -> "UN4".equals(c.upn()) && c.episodes().stream()
                            .anyMatch(e -> e.open() && e.start().isBefore(y.end().minusDays(7))))),
            error("611", "Date of birth field is blank, but child is a mother.",
                    onChild((c, y) -> "1".equals(c.mother()) && c.motherChildDateOfBirth() == null)),
            error("393", "Child is looked after but mother field is not completed.",
                    onChild((c, y) -> y.female().equals(c.sex()) && c.mother() == null
                            && c.episodes().stream().anyMatch(e -> !SHORT_BREAKS.contains(e.legalStatus())))),
            error("628", "Motherhood details are not required for care leavers who have not been looked after during the year.",
                    onChild((c, y) -> !c.lookedAfterInYear() && c.oc3() != null && c.mother() != null)),
            error("625", "Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.",
                    onChild((c, y) -> c.motherChildDateOfBirth() != null && (c.motherChildDateOfBirth().isAfter(y.end())
                            || (!c.episodes().isEmpty() && c.episodes().getLast().end() != null
                                && !"X1".equals(c.episodes().getLast().reasonEnded())
                                && c.motherChildDateOfBirth().isAfter(c.episodes().getLast().end()))))));
}
