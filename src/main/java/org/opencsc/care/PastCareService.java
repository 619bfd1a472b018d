package org.opencsc.care;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.ChildRecordService.SourcedMilestone;
import org.opencsc.child.Milestone;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care a child had before the council recorded it here, brought in at once from its previous
 * system: periods of care with their legal statuses, placements, reviews and category of need,
 * missing episodes, and the health records of a year. Each is checked as the same record typed
 * in would be (episodes as the SSDA903 sees them, placement orders behind adoptive placements,
 * reviews inside the period and fitting the child's age, returns after going missing, health
 * records while looked after), and the whole history is refused if any of it is wrong, so a
 * child is never half brought in.
 */
@Service
public class PastCareService {

    /**
     * A period of care as lived: its history (statuses, placements, end), its reviews, and the
     * category of need (N1 to N8) the previous system recorded for it, or null when none.
     */
    public record PastPeriod(CareHistory history, List<PastReview> reviews, String categoryOfNeed) {

        public PastPeriod {
            reviews = List.copyOf(reviews);
        }
    }

    /** A review held during the period, with how the child took part; the IRO and recommendations as the old system had them. */
    public record PastReview(LocalDate date, ReviewParticipation participation, String iro, String recommendations) {
    }

    /** A missing or away episode, with when the child went and came back. */
    public record PastMissing(MissingKind kind, Instant wentMissing, Instant returned, boolean reportedToPolice) {
    }

    /**
     * What the previous system knew of the child's health in a year, all dated one day inside a
     * period of care (the old system's return gives no dates): the SDQ score or why there was
     * none, whether immunisations were up to date (null: not said), a dental check and a health
     * assessment of the given kind (null: none), its assessor and outcome as the old system had them.
     */
    public record PastHealth(LocalDate date, Integer sdqScore, SdqReason sdqReason, Boolean immunisationsUpToDate, boolean dentalCheck,
                             HealthAssessmentKind assessment, String assessedBy, String outcome) {
    }

    private final PastCareRepository past;
    private final MissingEpisodeRepository missing;
    private final HealthRepository health;
    private final ChildRecordService records;
    private final AuditLog audit;

    PastCareService(PastCareRepository past, MissingEpisodeRepository missing, HealthRepository health, ChildRecordService records, AuditLog audit) {
        this.past = past;
        this.missing = missing;
        this.health = health;
        this.records = records;
        this.audit = audit;
    }

    /** Every problem the history has, each naming the period, review or episode it is about; empty when it can be recorded. */
    public FieldProblems check(LocalDate dateOfBirth, List<PastPeriod> periods, List<PastMissing> missingEpisodes) {
        return check(dateOfBirth, periods, missingEpisodes, null);
    }

    /** As {@link #check(LocalDate, List, List)}, with the health records of a year ({@code health} null: none). */
    public FieldProblems check(LocalDate dateOfBirth, List<PastPeriod> periods, List<PastMissing> missingEpisodes, PastHealth health) {
        var problems = new FieldProblems();
        PastPeriod before = null;
        for (var period : periods) {
            var history = period.history();
            if (before != null && before.history().periodEnd() != null) {
                problems.after("periods", "The period of care from " + FieldProblems.spoken(history.periodStart()), history.periodStart(),
                        "the end of the period before it", before.history().periodEnd());
            } else if (before != null) {
                problems.add("periods", "The period of care from " + FieldProblems.spoken(before.history().periodStart())
                        + " has not ended, so no period can follow it");
            }
            if (dateOfBirth != null) {
                problems.notBefore("periods", "The period of care from " + FieldProblems.spoken(history.periodStart()), history.periodStart(),
                        "the child's date of birth", dateOfBirth);
            }
            CareService.checkEpisodes(history, problems, "episodes");
            problems.check(period.categoryOfNeed() == null || period.categoryOfNeed().matches("N[1-8]"), "periods",
                    "The category of need of the period of care from " + FieldProblems.spoken(history.periodStart()) + " must be N1 to N8");
            for (var review : period.reviews()) {
                checkReview(history, review, dateOfBirth, problems);
            }
            before = period;
        }
        for (var episode : missingEpisodes) {
            problems.check(episode.returned() == null || episode.returned().isAfter(episode.wentMissing()), "missing",
                    "The child must come back after they went missing (" + episode.wentMissing() + ")");
        }
        if (health != null) {
            checkHealth(health, periods, dateOfBirth, problems);
        }
        return problems;
    }

    /** Health records are the authority's duties to a child it looks after: dated inside a period of care, as {@link WhileLookedAfter} has it. */
    private static void checkHealth(PastHealth health, List<PastPeriod> periods, LocalDate dateOfBirth, FieldProblems problems) {
        var date = health.date();
        var inCare = periods.stream().map(PastPeriod::history).anyMatch(history -> !date.isBefore(history.periodStart())
                && (history.periodEnd() == null || !date.isAfter(history.periodEnd())));
        problems.check(inCare, "health", "The health records of " + FieldProblems.spoken(date) + " are outside every period of care");
        problems.notBefore("health", "The health records", date, "the child's date of birth", dateOfBirth);
        problems.check(health.sdqScore() == null || (health.sdqScore() >= 0 && health.sdqScore() <= 40), "health",
                "The SDQ total score must be a whole number from 0 to 40");
        problems.check(health.sdqScore() == null || health.sdqReason() == null, "health", "An SDQ has a total score or a reason none was completed, not both");
        problems.check(health.assessment() == null || (health.assessedBy() != null && health.outcome() != null), "health",
                "A health assessment needs its assessor and outcome");
    }

    /** Writes a year's health records; dental checks and assessments go on the journey, as {@link HealthService} puts them there. */
    private void recordHealth(long personId, LocalDate dateOfBirth, PastHealth year, String username, List<SourcedMilestone> milestones) {
        var date = year.date();
        if (year.sdqScore() != null || year.sdqReason() != null) {
            health.insertSdq(personId, date, year.sdqScore(), year.sdqReason(), username);
        }
        if (year.immunisationsUpToDate() != null) {
            health.insertImmunisations(personId, date, year.immunisationsUpToDate(), username);
        }
        if (year.dentalCheck()) {
            var id = health.insertDentalCheck(personId, date, username);
            milestones.add(new SourcedMilestone(HealthService.DENTAL, id, new Milestone(CaseEventKind.DENTAL_CHECK, date)));
        }
        if (year.assessment() != null) {
            var id = health.insertAssessment(personId, year.assessment(), date, year.assessedBy(), year.outcome(), username);
            milestones.add(new SourcedMilestone(HealthService.ASSESSMENT, id, new Milestone(HealthService.assessmentEvent(dateOfBirth, date), date)));
        }
    }

    private static void checkReview(CareHistory history, PastReview review, LocalDate dateOfBirth, FieldProblems problems) {
        var date = review.date();
        var inside = !date.isBefore(history.periodStart()) && (history.periodEnd() == null || !date.isAfter(history.periodEnd()));
        problems.check(inside, "reviews", "The review of " + FieldProblems.spoken(date) + " is outside the period of care from "
                + FieldProblems.spoken(history.periodStart()) + (history.periodEnd() == null ? "" : " to " + FieldProblems.spoken(history.periodEnd())));
        if (dateOfBirth != null) {
            var age = Period.between(dateOfBirth, date).getYears();
            problems.check((age < 4) == (review.participation() == ReviewParticipation.PN0), "reviews", age < 4
                    ? "The child was under 4 at the review of " + FieldProblems.spoken(date) + ": the participation code is PN0, not " + review.participation().code()
                    : "PN0 is only for a child under 4; the child was " + age + " at the review of " + FieldProblems.spoken(date));
        }
    }

    /** Checks the history and records it, with its key events on the child's journey; refused whole if anything is wrong. */
    @Transactional
    public void record(long personId, LocalDate dateOfBirth, List<PastPeriod> periods, List<PastMissing> missingEpisodes, String from) {
        record(personId, dateOfBirth, periods, missingEpisodes, null, from);
    }

    /** As {@link #record(long, LocalDate, List, List, String)}, with the health records of a year ({@code healthOfYear} null: none). */
    @Transactional
    public void record(long personId, LocalDate dateOfBirth, List<PastPeriod> periods, List<PastMissing> missingEpisodes, PastHealth healthOfYear,
                       String from) {
        check(dateOfBirth, periods, missingEpisodes, healthOfYear).throwIfAny();
        var username = CurrentUser.username();
        var milestones = new ArrayList<SourcedMilestone>();
        int reviews = 0;
        for (var period : periods) {
            var history = period.history();
            var periodId = past.insertPeriod(personId, history, period.categoryOfNeed(), username);
            past.insertPlacements(periodId, history.placements(), username);
            var recorded = new CarePeriod(periodId, personId, history.periodStart(), history.periodEnd(), history.reasonCeased(),
                    history.legalStatuses(), history.placements(), List.of(), List.of(), 0);
            recorded.milestones().forEach(milestone -> milestones.add(new SourcedMilestone(CareService.PERIOD, periodId, milestone)));
            for (var review : past.insertReviews(personId, periodId, period.reviews(), username)) {
                milestones.add(new SourcedMilestone("care_review", review.id(), new Milestone(CaseEventKind.CARE_REVIEW, review.date())));
                reviews++;
            }
        }
        for (var episode : missingEpisodes) {
            var id = missing.insert(personId, episode.kind(), episode.wentMissing(), episode.returned(), episode.reportedToPolice(), username);
            milestones.add(new SourcedMilestone("missing_episode", id,
                    new Milestone(CaseEventKind.WENT_MISSING, episode.wentMissing().atZone(ClockZone.UK).toLocalDate())));
        }
        if (healthOfYear != null) {
            recordHealth(personId, dateOfBirth, healthOfYear, username, milestones);
        }
        records.recordHistory(personId, milestones);
        audit.record(AuditAction.CREATE, personId, "Care brought in from " + from + ": " + periods.size() + " periods of care, " + reviews
                + " reviews, " + missingEpisodes.size() + " missing or away episodes");
    }
}
