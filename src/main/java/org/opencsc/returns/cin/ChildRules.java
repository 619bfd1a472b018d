package org.opencsc.returns.cin;

import static org.opencsc.returns.Severity.ERROR;
import static org.opencsc.returns.Severity.QUERY;
import static org.opencsc.returns.cin.CinRule.after;
import static org.opencsc.returns.cin.CinRule.before;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.child.Ethnicity;
import org.opencsc.child.Upn;
import org.opencsc.platform.Coded;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.cin.CensusChild.Episode;

/** The DfE's rules on the child: identifiers, dates of birth and death, characteristics, and how their episodes sit together. */
final class ChildRules {

    private static final Set<String> ETHNICITIES = Arrays.stream(Ethnicity.values()).map(Coded::code).collect(Collectors.toSet());
    private static final Set<String> SEXES = Set.of("M", "F", "U");
    private static final Set<String> UPN_REASONS_FOR_OLDER_CHILDREN = Set.of("UN2", "UN3", "UN4", "UN5", "UN6");

    private ChildRules() {
    }

    static List<CinRule> all() {
        return List.of(
                CinRule.child("8500", ERROR, "LA Child ID missing",
                        (child, year) -> child.laChildId() == null || child.laChildId().isBlank()),
                CinRule.child("8590", ERROR, "Child does not have a recorded CIN episode.",
                        (child, year) -> child.episodes().isEmpty()),
                CinRule.child("4180", ERROR, "Sex is missing",
                        (child, year) -> !SEXES.contains(writtenSex(child))),
                CinRule.child("8750", ERROR, "Sex must equal U for an unborn child",
                        (child, year) -> child.unborn() && !"U".equals(writtenSex(child))),
                CinRule.child("8525", ERROR, "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
                        (child, year) -> child.birthDate() == null && child.expectedBirthDate() == null),
                CinRule.child("8520", ERROR, "Date of Birth is after data collection period (must be on or before the end of the census period)",
                        (child, year) -> after(child.birthDate(), year.end())),
                CinRule.child("8530Q", QUERY, "Please check: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)",
                        (child, year) -> child.unborn() && (child.expectedBirthDate().isBefore(year.end().minusDays(30))
                                || child.expectedBirthDate().isAfter(year.end().plusMonths(9)))),
                CinRule.child("8535Q", QUERY, "Please check: Child’s date of death should not be prior to the date of birth",
                        (child, year) -> child.deathDate() != null && (child.birthDate() == null || child.deathDate().isBefore(child.birthDate()))),
                CinRule.child("8545Q", QUERY, "Please check: Child’s date of death should be within the census year",
                        (child, year) -> CinRule.outside(child.deathDate(), year)),
                CinRule.child("4220", ERROR, "Ethnicity is missing or invalid (see Ethnicity table)",
                        (child, year) -> child.ethnicity() == null || !ETHNICITIES.contains(child.ethnicity())),
                CinRule.child("8540", ERROR, "Child’s disability is missing or invalid (see Disability table)",
                        (child, year) -> child.birthDate() != null && child.disabilities().isEmpty() && furtherAction(child)),
                CinRule.child("8790", ERROR, "Disability information includes both None and other values",
                        (child, year) -> child.disabilities().contains("NONE") && child.disabilities().size() > 1),
                CinRule.child("8775Q", QUERY, "Please check:  Child is over 25 years old",
                        (child, year) -> child.birthDate() != null && child.birthDate().plusYears(25).isBefore(year.end())
                                && child.episodes().stream().anyMatch(e -> e.open() || child.birthDate().plusYears(25).isBefore(e.closureDate()))),
                CinRule.child("8770Q", QUERY, "Please check: UPN or reason UPN missing expected for a child who is more than 5 years old",
                        (child, year) -> child.birthDate() != null && !child.birthDate().plusYears(6).isAfter(year.end()) && furtherAction(child)
                                && child.upn() == null && (child.upnUnknown() == null || !UPN_REASONS_FOR_OLDER_CHILDREN.contains(child.upnUnknown()))),
                CinRule.child("8772", ERROR, "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action",
                        (child, year) -> "UN7".equals(child.upnUnknown()) && furtherAction(child)),
                CinRule.child("1510", ERROR, "UPN invalid (wrong check letter at character 1)",
                        (child, year) -> child.upn() != null && !Upn.isValid(child.upn())),
                CinRule.child("8815", ERROR, "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.",
                        (child, year) -> child.episodes().stream().filter(e -> e.open() && !e.nfa()).count() > 1),
                CinRule.child("8816", ERROR, "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.",
                        (child, year) -> child.episodes().stream().anyMatch(open -> open.open() && !open.nfa()
                                && child.episodes().stream().anyMatch(later -> later.referralDate().isAfter(open.referralDate())))),
                CinRule.child("8820", ERROR, "The dates on the CIN episodes for this child overlap",
                        (child, year) -> child.episodes().stream().anyMatch(a -> child.episodes().stream().anyMatch(b -> a != b
                                && !a.referralDate().isBefore(b.referralDate()) && before(a.referralDate(), endOf(b, year))))),
                // The DfE lists this as the query 8555Q, not an error: a referral after a recorded death is for the council to explain.
                CinRule.episode("8555Q", QUERY, "Child cannot be referred after its recorded date of death",
                        (child, episode, e, year) -> before(child.deathDate(), episode.referralDate())),
                CinRule.episode("8606", ERROR, "Child referral date is more than 40 weeks before DOB or expected DOB",
                        (child, episode, e, year) -> before(episode.referralDate(), child.birthDate() == null ? null : child.birthDate().minusDays(280))
                                || before(episode.referralDate(), child.expectedBirthDate() == null ? null : child.expectedBirthDate().minusDays(280))));
    }

    /** The sex as the census carries it: U (not known) when none is recorded. */
    static String writtenSex(CensusChild child) {
        return child.sex() == null ? "U" : child.sex();
    }

    private static boolean furtherAction(CensusChild child) {
        return child.episodes().stream().anyMatch(e -> !e.nfa());
    }

    /** An open episode runs to the year's end, unless it was a referral with no further action. */
    private static LocalDate endOf(Episode episode, CollectionYear year) {
        return episode.closureDate() != null ? episode.closureDate() : episode.nfa() ? null : year.end();
    }
}
