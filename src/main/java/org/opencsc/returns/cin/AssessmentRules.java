package org.opencsc.returns.cin;

import static org.opencsc.returns.Severity.ERROR;
import static org.opencsc.returns.Severity.QUERY;
import static org.opencsc.returns.cin.CinRule.before;

import java.util.HashSet;
import java.util.List;

/** The DfE's rules on assessments and the factors identified at them. */
final class AssessmentRules {

    private AssessmentRules() {
    }

    static List<CinRule> all() {
        return List.of(
                CinRule.assessment("1103", ERROR, "The assessment start date cannot be before the referral date",
                        (child, episode, a, year) -> before(a.startDate(), episode.referralDate())),
                CinRule.assessment("8608", ERROR, "Assessment Start Date cannot be later than its End Date",
                        (child, episode, a, year) -> before(a.authorisedDate(), a.startDate())),
                CinRule.assessment("8670Q", QUERY, "Please check: Assessment started more than 45 working days before the end of the census year.  However, there is no Assessment end date.",
                        (child, episode, a, year) -> !a.completed() && a.startDate().isBefore(CinRule.weekdaysBefore(year.end(), 45))),
                CinRule.assessment("8897", ERROR, "Parental or child factors at assessment information is missing from a completed assessment",
                        (child, episode, a, year) -> a.completed() && !a.authorisedDate().isBefore(year.start()) && a.factors().isEmpty()),
                CinRule.assessment("8614", ERROR, "Parental or child factors at assessment should only be present for a completed assessment.",
                        (child, episode, a, year) -> !a.completed() && !a.factors().isEmpty()),
                CinRule.assessment("8696", ERROR, "Assessment end date must fall within the census year",
                        (child, episode, a, year) -> CinRule.outside(a.authorisedDate(), year)),
                CinRule.assessment("8736", ERROR, "For an Assessment that has not been completed, the start date must fall within the census year",
                        (child, episode, a, year) -> !a.completed() && !year.contains(a.startDate())),
                CinRule.assessment("8869", ERROR, "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.",
                        (child, episode, a, year) -> a.factors().contains("21") && a.factors().size() > 1),
                CinRule.assessment("8898", ERROR, "The assessment has more than one parental or child factors with the same code",
                        (child, episode, a, year) -> new HashSet<>(a.factors()).size() < a.factors().size()),
                CinRule.assessment("8899Q", QUERY, "Please check: A child identified as having a disability does not have a disability factor recorded at the end of assessment.",
                        (child, episode, a, year) -> a.completed() && !a.authorisedDate().isBefore(year.start())
                                && child.disabilities().stream().anyMatch(d -> !"NONE".equals(d))
                                && !a.factors().contains("5A") && !a.factors().contains("6A")));
    }
}
