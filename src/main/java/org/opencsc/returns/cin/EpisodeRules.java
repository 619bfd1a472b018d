package org.opencsc.returns.cin;

import static org.opencsc.returns.Severity.ERROR;
import static org.opencsc.returns.Severity.QUERY;
import static org.opencsc.returns.cin.CinRule.after;
import static org.opencsc.returns.cin.CinRule.before;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.cin.CensusChild.Episode;

/** The DfE's rules on a CIN episode: its referral and closure, and how the work recorded in it fits together. */
final class EpisodeRules {

    // N0 (not stated) is a published code, so it passes 8650; 8610 asks for a need once there is further action.
    private static final java.util.Set<String> PRIMARY_NEEDS = java.util.Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    private EpisodeRules() {
    }

    static List<CinRule> all() {
        return List.of(
                CinRule.episode("8650", ERROR, "Primary Need Code invalid (see Primary Need table in CIN census code set)",
                        (child, episode, e, year) -> episode.primaryNeed() != null && !PRIMARY_NEEDS.contains(episode.primaryNeed())),
                CinRule.episode("8610", ERROR, "Primary Need code is missing for a referral which led to further action",
                        (child, episode, e, year) -> !episode.nfa() && episode.primaryNeed() == null),
                CinRule.episode("8620", ERROR, "CIN Closure Date present and does not fall within the Census year",
                        (child, episode, e, year) -> CinRule.outside(episode.closureDate(), year)),
                CinRule.episode("8630", ERROR, "CIN Closure Date is before CIN Referral Date for the same CIN episode",
                        (child, episode, e, year) -> before(episode.closureDate(), episode.referralDate())),
                CinRule.episode("8805", ERROR, "A CIN case cannot have a CIN closure date without a Reason for Closure",
                        (child, episode, e, year) -> episode.closureDate() != null && episode.closureReason() == null),
                CinRule.episode("8810", ERROR, "A CIN case cannot have a Reason for Closure without a CIN Closure Date",
                        (child, episode, e, year) -> episode.closureDate() == null && episode.closureReason() != null),
                CinRule.episode("8565", ERROR, "Activity shown after a case has been closed", (child, episode, e, year) -> activityAfterClosure(episode)),
                CinRule.episode("8868", ERROR, "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag",
                        (child, episode, e, year) -> !episode.open() && episode.enquiries().stream().anyMatch(s -> !s.completed())),
                CinRule.episode("8867", ERROR, "CIN episode is shown as closed, however Assessment is not shown as completed",
                        (child, episode, e, year) -> !episode.open() && episode.assessments().stream().anyMatch(a -> !a.completed())),
                // RC9 (closed after assessment, referred to early help) came in beside RC8; the DfE's 8825Q, 2990 and 8873Q read both.
                CinRule.episode("8825Q", QUERY, "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.",
                        (child, episode, e, year) -> closedAfterAssessment(episode) && episode.assessments().isEmpty()),
                CinRule.episode("8585Q", QUERY, "Please check: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death",
                        (child, episode, e, year) -> "RC2".equals(episode.closureReason()) && child.deathDate() == null),
                CinRule.episode("2990", ERROR, "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.",
                        (child, episode, e, year) -> closedAfterAssessment(episode)
                                && (!episode.enquiries().isEmpty() || !episode.cinPlans().isEmpty() || !episode.cpPlans().isEmpty())),
                CinRule.episode("8831", ERROR, "Activity is recorded against a case marked as a referral with no further action",
                        (child, episode, e, year) -> episode.nfa() && (!episode.assessments().isEmpty() || !episode.enquiries().isEmpty())),
                // The DfE lists this as the query 8569Q, not an error: an old referral flagged NFA is for the council to explain.
                CinRule.episode("8569Q", QUERY, "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case",
                        (child, episode, e, year) -> episode.nfa() && episode.referralDate().isBefore(CinRule.weekdaysBefore(year.start(), 1))),
                CinRule.episode("8839", ERROR, "Within one CINDetails group there are 2 or more open S47 Assessments",
                        (child, episode, e, year) -> episode.enquiries().stream().filter(s -> !s.completed()).count() > 1),
                CinRule.episode("8890", ERROR, "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing",
                        (child, episode, e, year) -> episode.enquiries().stream().anyMatch(a -> episode.enquiries().stream().anyMatch(b -> a != b
                                && !a.startDate().isBefore(b.startDate())
                                && before(a.startDate(), b.icpcDate() != null ? b.icpcDate() : b.icpcNotRequired() ? null : year.end())))),
                CinRule.episode("8896", ERROR, "Within one CINDetails group there are 2 or more open Assessments groups",
                        (child, episode, e, year) -> episode.assessments().stream().filter(a -> !a.completed()).count() > 1),
                CinRule.episode("8863", ERROR, "An Assessment is shown as starting when there is another Assessment ongoing",
                        (child, episode, e, year) -> episode.assessments().stream().anyMatch(a -> episode.assessments().stream().anyMatch(b -> a != b
                                && !a.startDate().isBefore(b.startDate())
                                && a.startDate().isBefore(b.authorisedDate() != null ? b.authorisedDate() : year.end())))),
                // The DfE's condition is "ReasonForClosure should = RC8 or RC9", with no exception for an episode still open:
                // a case whose only assessment found nothing is expected to close, so an open one is asked about too.
                CinRule.episode("8873Q", QUERY, "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
                        (child, episode, e, year) -> episode.assessments().size() == 1 && episode.assessments().getFirst().factors().contains("21")
                                && !closedAfterAssessment(episode)),
                CinRule.episode("4000", ERROR, "CIN Plan details provided for a referral with no further action",
                        (child, episode, e, year) -> episode.nfa() && !episode.cinPlans().isEmpty()),
                CinRule.episode("4001", ERROR, "A CIN Plan cannot run concurrently with a Child Protection Plan",
                        (child, episode, e, year) -> episode.cinPlans().stream().anyMatch(p -> p.endDate() == null)
                                && episode.cpPlans().stream().anyMatch(p -> p.endDate() == null)),
                CinRule.episode("4003", ERROR, "A CPP review date is shown as being held at the same time as an open CIN Plan",
                        (child, episode, e, year) -> episode.cinPlans().stream().anyMatch(plan -> episode.cpPlans().stream()
                                .flatMap(cp -> cp.reviews().stream()).anyMatch(review -> after(review, plan.startDate()) && before(review, plan.endDate())))),
                CinRule.episode("4004", ERROR, "This child is showing more than one open CIN Plan, i.e. with no End Date",
                        (child, episode, e, year) -> episode.cinPlans().stream().filter(p -> p.endDate() == null).count() > 1),
                CinRule.episode("4014", ERROR, "CIN Plan data contains overlapping dates",
                        (child, episode, e, year) -> episode.cinPlans().stream().anyMatch(a -> episode.cinPlans().stream().anyMatch(b -> a != b
                                && startsWithin(a.startDate(), b.startDate(), b.endDate(), year)))),
                CinRule.episode("4016", ERROR, "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
                        (child, episode, e, year) -> episode.cinPlans().stream().anyMatch(cin -> episode.cpPlans().stream()
                                .anyMatch(cp -> startsWithin(cin.startDate(), cp.startDate(), cp.endDate(), year)))),
                CinRule.episode("4017", ERROR, "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
                        (child, episode, e, year) -> episode.cpPlans().stream().anyMatch(cp -> episode.cinPlans().stream()
                                .anyMatch(cin -> startsWithin(cp.startDate(), cin.startDate(), cin.endDate(), year)))),
                CinRule.episode("8832", ERROR, "Child Protection details provided for a referral with no further action",
                        (child, episode, e, year) -> episode.nfa() && !episode.cpPlans().isEmpty()),
                CinRule.episode("8935", ERROR, "This child is showing more than one open Child Protection plan, i.e. with no End Date",
                        (child, episode, e, year) -> episode.cpPlans().stream().filter(p -> p.endDate() == null).count() > 1),
                CinRule.episode("8940", ERROR, "Child Protection Plan data contains overlapping dates",
                        (child, episode, e, year) -> episode.cpPlans().stream().anyMatch(a -> episode.cpPlans().stream().anyMatch(b -> a != b
                                && !a.startDate().isBefore(b.startDate()) && !a.startDate().isAfter(b.endDate() == null ? year.end() : b.endDate())))),
                CinRule.episode("2991Q", QUERY, "Please check: A Section 47 module is recorded and there is no assessment on the episode",
                        (child, episode, e, year) -> !episode.enquiries().isEmpty() && episode.assessments().isEmpty()));
    }

    /** Closed after an assessment: with no further action (RC8) or referred to early help (RC9). */
    private static boolean closedAfterAssessment(Episode episode) {
        return "RC8".equals(episode.closureReason()) || "RC9".equals(episode.closureReason());
    }

    /** Starts on or after the other began and by its end (the year's end while open), but not on the day it ended. */
    private static boolean startsWithin(LocalDate start, LocalDate otherStart, LocalDate otherEnd, CollectionYear year) {
        return !start.isBefore(otherStart) && !start.isAfter(otherEnd == null ? year.end() : otherEnd) && !Objects.equals(start, otherEnd);
    }

    private static boolean activityAfterClosure(Episode episode) {
        var closed = episode.closureDate();
        if (closed == null) {
            return false;
        }
        return episode.assessments().stream().anyMatch(a -> after(a.startDate(), closed) || after(a.authorisedDate(), closed))
                || episode.enquiries().stream().anyMatch(s -> after(s.startDate(), closed) || after(s.icpcDate(), closed))
                || episode.cinPlans().stream().anyMatch(p -> after(p.startDate(), closed) || after(p.endDate(), closed))
                || episode.cpPlans().stream().anyMatch(p -> after(p.endDate(), closed));
    }
}
