package org.opencsc.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.care.CareForms.CarePlanForm;
import org.opencsc.care.CareForms.DisruptionForm;
import org.opencsc.care.CareForms.EndForm;
import org.opencsc.care.CareForms.LegalStatusForm;
import org.opencsc.care.CareForms.LongTermForm;
import org.opencsc.care.CareForms.MoveForm;
import org.opencsc.care.CareForms.PlacementFields;
import org.opencsc.care.CareForms.ReviewForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CareHistory.LegalStatusChange;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periods of care: a child becomes looked after with a legal status and a placement; the status
 * changes, the child moves, a placement is agreed as long-term, the care plan is agreed, reviews
 * are held, and the period ends with its reason. Every change is checked against the whole
 * period as the SSDA903 sees it (its episodes) before anything is saved, and puts the period's
 * key events on the child's journey, from which the review and visit clocks are derived.
 */
@Service
public class CareService {

    static final String PERIOD = "care_period";

    private final CareRepository repository;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;
    private final CarerHouseholds households;

    CareService(CareRepository repository, ChildRecordService records, AuditLog audit, Clock clock, CarerHouseholds households) {
        this.households = households;
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every period of care of the child, oldest first (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public List<CarePeriod> periods(long personId) {
        records.visible(personId);
        return repository.periods(personId);
    }

    /** The periods of care for a reader who has not opened the record: the view is logged. */
    @Transactional
    public List<CarePeriod> viewPeriods(long personId) {
        records.view(personId, "Viewed the care record");
        return repository.periods(personId);
    }

    /** Where the child lives now, or null when the child is not looked after. */
    @Transactional(readOnly = true)
    public Placement currentPlacement(long personId) {
        return periods(personId).stream().filter(CarePeriod::open).findFirst().flatMap(CarePeriod::currentPlacement).orElse(null);
    }

    @Transactional(readOnly = true)
    public CarePeriod period(long personId, long periodId) {
        records.visible(personId);
        return find(personId, periodId);
    }

    @Transactional
    public long start(long personId, StartForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var start = problems.date("startDate", "Date the child became looked after", form.startDate(), true);
        problems.notInFuture("startDate", "Date the child became looked after", start, today());
        if (child.dateOfBirth() != null) {
            problems.notBefore("startDate", "Date the child became looked after", start, "the child's date of birth", child.dateOfBirth());
        }
        for (var earlier : repository.periods(personId)) {
            if (earlier.open()) {
                problems.add("startDate", "The child has been looked after since " + FieldProblems.spoken(earlier.startDate())
                        + ": periods of care must not overlap");
            } else {
                problems.after("startDate", "Date the child became looked after", start, "the end of the period of care that ended", earlier.endDate());
            }
        }
        var status = legalStatus(problems, "legalStatus", form.legalStatus());
        var placement = placement(problems, start, form.placement());
        if (!problems.has("startDate") && status != null && placement != null) {
            checkEpisodes(new CareHistory(start, null, null, List.of(new LegalStatusChange(start, status.code())), List.of(placement)), problems, "place");
        }
        problems.throwIfAny();
        var username = CurrentUser.username();
        var id = repository.insertPeriod(personId, start, username);
        repository.insertLegalStatus(id, start, status.code(), username);
        repository.insertPlacement(id, placement, username);
        periodChanged(personId, id);
        audit.record(AuditAction.CREATE, personId, "Became looked after on " + start + " (" + status.code() + ", placement " + placement.place() + ")");
        return id;
    }

    @Transactional
    public void changeLegalStatus(long personId, long periodId, LegalStatusForm form) {
        records.visible(personId);
        var period = find(personId, periodId);
        var problems = new FieldProblems();
        openPeriod(period, problems, "changeDate");
        var date = problems.date("changeDate", "Date the legal status changed", form.changeDate(), true);
        problems.notInFuture("changeDate", "Date the legal status changed", date, today());
        var latest = period.legalStatuses().getLast();
        problems.after("changeDate", "Date the legal status changed", date, "the last change of legal status", latest.from());
        var status = legalStatus(problems, "legalStatus", form.legalStatus());
        problems.check(status == null || !status.code().equals(latest.code()), "legalStatus",
                "The child's legal status is already " + latest.code() + ": choose the new one");
        if (date != null && status != null && !problems.has("changeDate")) {
            var statuses = new ArrayList<>(period.legalStatuses());
            statuses.add(new LegalStatusChange(date, status.code()));
            checkEpisodes(new CareHistory(period.startDate(), null, null, statuses, period.placements()), problems, "legalStatus");
        }
        problems.throwIfAny();
        repository.insertLegalStatus(periodId, date, status.code(), CurrentUser.username());
        touch(period);
        periodChanged(personId, periodId);
        audit.record(AuditAction.UPDATE, personId, "Legal status changed to " + status.code() + " on " + date);
    }

    /** Ends the current placement and starts the next the same day. */
    @Transactional
    public void move(long personId, long periodId, MoveForm form) {
        records.visible(personId);
        var period = find(personId, periodId);
        var problems = new FieldProblems();
        openPeriod(period, problems, "moveDate");
        var current = period.currentPlacement();
        var date = problems.date("moveDate", "Date of the move", form.moveDate(), true);
        problems.notInFuture("moveDate", "Date of the move", date, today());
        current.ifPresent(placement -> problems.after("moveDate", "Date of the move", date, "the start of the current placement", placement.start()));
        var reason = problems.choice("endReason", "Reason the placement ended", form.endReason(), code -> Coded.fromCode(PlacementChangeReason.class, code), true);
        var next = placement(problems, date, form.placement());
        if (date != null && next != null && current.isPresent() && !problems.has("moveDate")) {
            var placements = currentEndedOn(period, date);
            placements.add(next);
            checkEpisodes(new CareHistory(period.startDate(), null, null, period.legalStatuses(), placements), problems, "place");
        }
        problems.throwIfAny();
        repository.endPlacement(current.orElseThrow().id(), date, reason.code(), reason.unplanned());
        repository.insertPlacement(periodId, next, CurrentUser.username());
        touch(period);
        periodChanged(personId, periodId);
        audit.record(AuditAction.UPDATE, personId, "Moved to a new placement (" + next.place() + ") on " + date + ": " + reason.code());
    }

    /** The period's placements as they would be with the current one ended on a day. */
    private static List<Placement> currentEndedOn(CarePeriod period, LocalDate date) {
        var placements = new ArrayList<Placement>();
        for (var placement : period.placements()) {
            placements.add(!placement.open() ? placement
                    : new Placement(placement.id(), placement.start(), date, placement.place(), placement.provider(), placement.carer(), placement.postcode(),
                    placement.urn(), placement.distanceMiles(), placement.temporaryApproval(), placement.longTermFrom(), null, null,
                    placement.carerHouseholdId()));
        }
        return placements;
    }

    /** The current placement is agreed as long-term (meant to last until 18): visits may then be 3-monthly after its first year. */
    @Transactional
    public void agreeLongTerm(long personId, long periodId, LongTermForm form) {
        records.visible(personId);
        var period = find(personId, periodId);
        var problems = new FieldProblems();
        openPeriod(period, problems, "agreedDate");
        var current = period.currentPlacement();
        var date = problems.date("agreedDate", "Date the placement was agreed as long-term", form.agreedDate(), true);
        problems.notInFuture("agreedDate", "Date the placement was agreed as long-term", date, today());
        current.ifPresent(placement -> {
            problems.notBefore("agreedDate", "Date the placement was agreed as long-term", date, "the start of the placement", placement.start());
            problems.check(placement.longTermFrom() == null, "agreedDate",
                    "This placement was agreed as long-term on " + (placement.longTermFrom() == null ? "" : FieldProblems.spoken(placement.longTermFrom())));
        });
        problems.throwIfAny();
        repository.agreeLongTerm(current.orElseThrow().id(), date);
        touch(period);
        periodChanged(personId, periodId);
        audit.record(AuditAction.UPDATE, personId, "Placement agreed as long-term on " + date);
    }

    @Transactional
    public void end(long personId, long periodId, EndForm form) {
        records.visible(personId);
        var period = find(personId, periodId);
        var problems = new FieldProblems();
        var end = problems.date("endDate", "Date the child ceased to be looked after", form.endDate(), true);
        var reason = problems.choice("reasonCeased", "Reason the child ceased to be looked after", form.reasonCeased(),
                code -> Coded.fromCode(ReasonCeased.class, code), true);
        var ending = checkEnding(period, end, reason, problems, "endDate");
        problems.throwIfAny();
        cease(ending);
    }

    /** The child's care ending on a day for a reason: checked, not yet saved. */
    public record Ending(CarePeriod period, LocalDate end, ReasonCeased reason) {
    }

    /**
     * Checks that the child's open period of care can end on a day for a reason decided elsewhere
     * (an adoption, special guardianship or child arrangements order), putting any problem on the
     * caller's field, so the caller can save its own record and the ending together.
     */
    @Transactional(readOnly = true)
    public Ending checkEnding(long personId, LocalDate end, ReasonCeased reason, FieldProblems problems, String field) {
        records.visible(personId);
        var open = repository.periods(personId).stream().filter(CarePeriod::open).findFirst();
        problems.check(open.isPresent(), field, "The child is not looked after: there is no period of care to end");
        return open.map(period -> checkEnding(period, end, reason, problems, field)).orElse(null);
    }

    private Ending checkEnding(CarePeriod period, LocalDate end, ReasonCeased reason, FieldProblems problems, String field) {
        openPeriod(period, problems, field);
        problems.notInFuture(field, "Date the child ceased to be looked after", end, today());
        var current = period.currentPlacement();
        if (end != null && reason != null && current.isPresent() && !problems.has(field)) {
            checkEpisodes(new CareHistory(period.startDate(), end, reason.code(), period.legalStatuses(), currentEndedOn(period, end)), problems, field);
        }
        return new Ending(period, end, reason);
    }

    /** Ends the period as checked (the caller has thrown any problems found). */
    @Transactional
    public void cease(Ending ending) {
        var period = ending.period();
        repository.endPlacement(period.currentPlacement().orElseThrow().id(), ending.end(), null, null);
        if (!repository.endPeriod(period.id(), ending.end(), ending.reason().code(), period.version())) {
            throw new RecordChangedException("The period of care");
        }
        periodChanged(period.personId(), period.id());
        audit.record(AuditAction.UPDATE, period.personId(), "Ceased to be looked after on " + ending.end() + " (" + ending.reason().code() + ")");
    }

    @Transactional
    public long agreeCarePlan(long personId, long periodId, CarePlanForm form) {
        records.visible(personId);
        var period = find(personId, periodId);
        var problems = new FieldProblems();
        var date = problems.date("agreedDate", "Date the care plan was agreed", form.agreedDate(), true);
        problems.notInFuture("agreedDate", "Date the care plan was agreed", date, today());
        if (!period.open()) {
            problems.check(date == null || !date.isAfter(period.endDate()), "agreedDate",
                    "The period of care ended on " + FieldProblems.spoken(period.endDate()) + ": a care plan cannot be agreed after it");
        }
        var plan = problems.choice("permanencePlan", "Permanence plan", form.permanencePlan(), code -> Coded.fromCode(PermanencePlan.class, code), true);
        var summary = problems.text("summary", "What the plan says will be done", form.summary(), 4000, true);
        problems.throwIfAny();
        var id = repository.insertCarePlan(personId, periodId, date, plan, summary, CurrentUser.username());
        // A plan agreed before a planned admission is in place from the first day of care.
        var inPlaceFrom = date.isBefore(period.startDate()) ? period.startDate() : date;
        records.recordMilestones(personId, "care_plan", id, List.of(new Milestone(CaseEventKind.CARE_PLAN_AGREED, inPlaceFrom)));
        audit.record(AuditAction.CREATE, personId, "Care plan agreed on " + date + ": " + plan.label());
        return id;
    }

    @Transactional
    public long review(long personId, long periodId, ReviewForm form) {
        var child = records.visible(personId);
        var period = find(personId, periodId);
        var problems = new FieldProblems();
        var date = problems.date("reviewDate", "Date of the review", form.reviewDate(), true);
        problems.notInFuture("reviewDate", "Date of the review", date, today());
        problems.notBefore("reviewDate", "Date of the review", date, "the start of the period of care", period.startDate());
        if (!period.open()) {
            problems.check(date == null || !date.isAfter(period.endDate()), "reviewDate",
                    "Date of the review (" + (date == null ? "" : FieldProblems.spoken(date)) + ") must not be after the period of care ended ("
                            + FieldProblems.spoken(period.endDate()) + ")");
        }
        var iro = problems.text("iro", "Independent reviewing officer", form.iro(), 120, true);
        var participation = problems.choice("participation", "How the child took part", form.participation(),
                code -> Coded.fromCode(ReviewParticipation.class, code), true);
        if (date != null && participation != null && child.dateOfBirth() != null) {
            var underFour = Period.between(child.dateOfBirth(), date).getYears() < 4;
            problems.check(underFour == (participation == ReviewParticipation.PN0), "participation", underFour
                    ? "The child was under 4 at the review: choose PN0"
                    : "PN0 is only for a child under 4 at the review; the child was " + Period.between(child.dateOfBirth(), date).getYears());
        }
        var contact = problems.date("iroContactDate", "Date the IRO spoke with the child before the review", form.iroContactDate(), false);
        problems.check(contact == null || date == null || !contact.isAfter(date), "iroContactDate",
                "Date the IRO spoke with the child must not be after the review");
        var recommendations = problems.text("recommendations", "The IRO’s recommendations", form.recommendations(), 4000, true);
        problems.throwIfAny();
        var id = repository.insertReview(personId, periodId, date, iro, participation, contact, recommendations, CurrentUser.username());
        records.recordMilestones(personId, "care_review", id, List.of(new Milestone(CaseEventKind.CARE_REVIEW, date)));
        audit.record(AuditAction.CREATE, personId, "Looked-after review held on " + date + " (" + participation.code() + ")");
        return id;
    }

    /** The disruption meetings held about the child's placements, by placement (the caller has checked the record may be seen). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, DisruptionMeeting> disruptionMeetings(long personId) {
        records.visible(personId);
        return repository.disruptionMeetings(personId);
    }

    /** Records the meeting held after a placement ended unplanned, and what was learned from it. */
    @Transactional
    public long recordDisruptionMeeting(long personId, long periodId, long placementId, DisruptionForm form) {
        records.visible(personId);
        var placement = find(personId, periodId).placements().stream().filter(p -> p.id() == placementId).findFirst()
                .orElseThrow(() -> new NotFoundException("Placement " + placementId));
        var problems = new FieldProblems();
        problems.check(Boolean.TRUE.equals(placement.unplannedEnding()), "meetingDate",
                "A disruption meeting follows a placement that ended unplanned; this one " + (placement.open() ? "has not ended" : "ended as planned"));
        problems.check(!repository.disruptionMeetings(personId).containsKey(placementId), "meetingDate",
                "The disruption meeting about this placement is already recorded");
        var date = problems.date("meetingDate", "Date of the meeting", form.meetingDate(), true);
        problems.notInFuture("meetingDate", "Date of the meeting", date, today());
        problems.notBefore("meetingDate", "Date of the meeting", date, "the end of the placement", placement.end());
        var attendees = problems.text("attendees", "Who took part", form.attendees(), 2000, true);
        var learning = problems.text("learning", "What was learned", form.learning(), 4000, true);
        problems.throwIfAny();
        var id = repository.insertDisruptionMeeting(placementId, date, attendees, learning, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Disruption meeting on " + date + " about the placement that ended on " + placement.end());
        return id;
    }

    private CarePeriod find(long personId, long periodId) {
        return repository.periods(personId).stream().filter(p -> p.id() == periodId).findFirst()
                .orElseThrow(() -> new NotFoundException("Period of care " + periodId));
    }

    private static void openPeriod(CarePeriod period, FieldProblems problems, String field) {
        problems.check(period.open(), field, "This period of care ended on " + (period.open() ? "" : FieldProblems.spoken(period.endDate())));
    }

    private void touch(CarePeriod period) {
        if (!repository.touch(period.id(), period.version())) {
            throw new RecordChangedException("The period of care");
        }
    }

    /** Puts the period's key events on the journey, replacing what it put there before. */
    private void periodChanged(long personId, long periodId) {
        records.recordMilestones(personId, PERIOD, periodId, find(personId, periodId).milestones());
    }

    private static LegalStatus legalStatus(FieldProblems problems, String field, String code) {
        return problems.choice(field, "Legal status", code, value -> Coded.fromCode(LegalStatus.class, value), true);
    }

    /**
     * The periods of care of these children, by child, for figures across the authority: restricted
     * records are included, so callers show no child's details without checking who may see them.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<CarePeriod>> periodsForFigures(java.util.Collection<Long> personIds) {
        return repository.periodsOf(personIds);
    }

    /** The children looked after on a day (restricted or not: callers filter what they show). */
    @Transactional(readOnly = true)
    public List<Long> lookedAfterOn(LocalDate day) {
        return repository.lookedAfterOn(day);
    }

    /** The children living now with any of these fostering households (restricted or not: callers filter what they show). */
    @Transactional(readOnly = true)
    public List<PlacedChild> placedWith(java.util.Collection<Long> householdIds) {
        return repository.placedWith(householdIds);
    }

    private Placement placement(FieldProblems problems, LocalDate start, PlacementFields fields) {
        var place = problems.choice("place", "Placement type", fields.place(), code -> Coded.fromCode(PlacementType.class, code), true);
        var provider = problems.choice("provider", "Placement provider", fields.provider(), code -> Coded.fromCode(PlacementProvider.class, code), true);
        var carer = problems.text("carer", "Carer or setting", fields.carer(), 200, true);
        var postcode = problems.postcode("postcode", "Postcode of the placement", fields.postcode(), false);
        var urn = problems.text("urn", "Ofsted unique reference number (URN)", fields.urn(), 8, false);
        problems.check(urn, u -> u.matches("(SC)?\\d{6,7}"), "urn", "Ofsted unique reference number (URN) must be 6 or 7 digits, or SC and 6 digits");
        if (place != null && start != null && !place.inUseOn(start)) {
            problems.add("place", place.code() + (place == PlacementType.K3 ? " is an SSDA903 placement type from 1 April 2025: use H5 before then"
                    : " is not an SSDA903 placement type from 1 April 2025" + (place == PlacementType.H5 ? ": use K3, supported accommodation" : "")));
        }
        if (place != null && place.registeredSetting()) {
            problems.check(urn != null, "urn", "Enter the Ofsted unique reference number (URN) of the " + place.label().toLowerCase());
        }
        BigDecimal miles = null;
        var distance = problems.text("distanceMiles", "Distance from home in miles", fields.distanceMiles(), 6, false);
        if (distance != null) {
            if (distance.matches("\\d{1,4}(\\.\\d)?")) {
                miles = new BigDecimal(distance);
            } else {
                problems.add("distanceMiles", "Distance from home in miles must be a number like 12 or 3.5");
            }
        }
        var temporary = "true".equals(fields.temporaryApproval());
        if (temporary && place != null) {
            problems.check(place == PlacementType.U1 || place == PlacementType.U2 || place == PlacementType.U3, "temporaryApproval",
                    "Temporary approval applies to a placement with a relative or friend (U1 to U3), not " + place.code());
        }
        Long household = null;
        if (fields.carerHousehold() != null && !fields.carerHousehold().isBlank()) {
            try {
                household = Long.valueOf(fields.carerHousehold().strip());
            } catch (NumberFormatException notANumber) {
                household = -1L;
            }
            problems.check(households.available().containsKey(household), "carerHousehold",
                    "Fostering household must be one of the approved households listed");
            if (start != null && !problems.has("carerHousehold")) {
                var problem = households.placementProblem(household, start, temporary);
                problems.check(problem == null, "carerHousehold", problem);
            }
        }
        if (start == null || place == null || provider == null || carer == null) {
            return null;
        }
        return new Placement(0, start, null, place.code(), provider.code(), carer, postcode, urn, miles, temporary, null, null, null, household);
    }

    /**
     * Checks the period as it would be, as the SSDA903 sees it: placements that overlap or leave a
     * day uncovered, statuses outside the period, and a child placed for adoption under a placement
     * order without the legal status that allows it. Problems are put on the form's field.
     */
    static void checkEpisodes(CareHistory history, FieldProblems problems, String field) {
        List<Episode> episodes;
        try {
            episodes = EpisodeBuilder.episodes(history);
        } catch (InvalidInputException refused) {
            refused.problems().all().forEach(problem -> problems.check(false, field, problem.message()));
            return;
        }
        for (var episode : episodes) {
            var place = Coded.fromCode(PlacementType.class, episode.placement().place()).orElseThrow();
            var status = Coded.fromCode(LegalStatus.class, episode.legalStatus()).orElseThrow();
            problems.check(!place.needsPlacementOrder() || status.authorisesAdoptivePlacement(), field,
                    "A child placed for adoption with a placement order (" + place.code() + ") from " + FieldProblems.spoken(episode.start())
                            + " needs the legal status E1 (placement order granted) or D1, not " + status.code());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
