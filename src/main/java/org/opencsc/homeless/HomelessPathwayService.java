package org.opencsc.homeless;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.CareService;
import org.opencsc.child.CaseloadEntry;
import org.opencsc.child.ChildRecordService;
import org.opencsc.homeless.HomelessPathwayForms.AssessmentForm;
import org.opencsc.homeless.HomelessPathwayForms.DecisionForm;
import org.opencsc.homeless.HomelessPathwayForms.OutcomeForm;
import org.opencsc.homeless.HomelessPathwayForms.PresentationForm;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.timescales.LocalStandard;
import org.opencsc.timescales.TimescaleService;
import org.opencsc.timescales.WorkingDayCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint housing and children's services pathway for 16 and 17-year-olds who present as
 * homeless: each episode step by step on the child's record, its own timeline, whether a young
 * person accommodated under section 20 became looked after, and the authority's open pathways and
 * figures for the year.
 */
@Service
public class HomelessPathwayService {

    private final HomelessPathwayRepository repository;
    private final ChildRecordService records;
    private final CareService care;
    private final TimescaleService timescales;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    HomelessPathwayService(HomelessPathwayRepository repository, ChildRecordService records, CareService care, TimescaleService timescales,
                           WorkingDayCalendar calendar, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.care = care;
        this.timescales = timescales;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** A pathway with its timeline and, once the young person is accommodated, the day they became looked after (null until then). */
    public record PathwayView(HomelessPathway pathway, PathwayTimeline timeline, LocalDate lookedAfterFrom) {
    }

    /** An open pathway on the authority's list, with the child as the reader may see them. */
    public record OpenPathway(CaseloadEntry child, HomelessPathway pathway, PathwayTimeline timeline) {
    }

    /** The authority's open pathways, oldest referral first, and the figures for the last 12 months. */
    public record HomelessYoungPeople(List<OpenPathway> open, PathwayFigures lastYear) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The child's pathways, newest first (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public List<PathwayView> forPerson(long personId) {
        records.visible(personId);
        return views(personId, repository.forPerson(personId));
    }

    /** The same for a reader who has not opened the record: the view is logged. */
    @Transactional
    public List<PathwayView> viewPathways(long personId) {
        records.view(personId, "Viewed homeless pathways");
        return views(personId, repository.forPerson(personId));
    }

    @Transactional(readOnly = true)
    public PathwayView pathway(long personId, long pathwayId) {
        records.visible(personId);
        return views(personId, List.of(find(personId, pathwayId))).getFirst();
    }

    /** Open pathways of the children the reader may see, and the year's figures across the authority. */
    @Transactional(readOnly = true)
    public HomelessYoungPeople youngPeople() {
        var today = today();
        var within = assessmentWithin();
        var pathways = repository.openOrPresentedSince(PathwayFigures.yearStart(today));
        var open = pathways.stream().filter(HomelessPathway::open).toList();
        var children = new java.util.HashMap<Long, CaseloadEntry>();
        records.caseloadOf(open.stream().map(HomelessPathway::personId).distinct().toList()).forEach(c -> children.putIfAbsent(c.personId(), c));
        var shown = new ArrayList<OpenPathway>();
        for (var pathway : open) {
            var child = children.get(pathway.personId());
            if (child != null) {
                shown.add(new OpenPathway(child, pathway, PathwayTimeline.of(pathway, within, calendar, today)));
            }
        }
        return new HomelessYoungPeople(shown, PathwayFigures.of(pathways, p -> PathwayTimeline.of(p, within, calendar, today), today));
    }

    /** The young person presents as homeless: a new pathway, from presentation and referral to that night's accommodation. */
    @Transactional
    public long present(long personId, PresentationForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var pathway = presentation(HomelessPathway.unsaved(personId), form, problems);
        PathwayRules.check(pathway, child, today(), problems);
        problems.throwIfAny();
        var id = repository.insert(pathway, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Presented as homeless on " + pathway.presentedDate() + " to " + pathway.presentedTo().label()
                + (pathway.unsuitableEmergencyAccommodation() ? "; placed in bed and breakfast (unsuitable)" : ""));
        return id;
    }

    @Transactional
    public void correctPresentation(long personId, long pathwayId, PresentationForm form) {
        change(personId, pathwayId, (kept, problems) -> presentation(kept, form, problems), "presentation corrected");
    }

    @Transactional
    public void assess(long personId, long pathwayId, AssessmentForm form) {
        change(personId, pathwayId, (kept, problems) -> kept.assessed(
                problems.date("seenDate", "Date the young person was seen", form.seenDate(), false),
                problems.date("assessmentStarted", "Date the joint assessment started", form.assessmentStarted(), false),
                problems.text("leadWorker", "Lead worker", form.leadWorker(), 200, false),
                problems.text("housingOfficer", "Housing officer", form.housingOfficer(), 200, false)), "joint assessment");
    }

    @Transactional
    public void decide(long personId, long pathwayId, DecisionForm form) {
        change(personId, pathwayId, (kept, problems) -> kept.decided(
                problems.date("adviceDate", "Date of the independent advice", form.adviceDate(), false),
                problems.text("adviceBy", "Who gave the independent advice", form.adviceBy(), 200, false),
                problems.choice("decision", "Decision about section 20", form.decision(), code -> Coded.fromCode(Section20Decision.class, code), false),
                problems.date("decisionDate", "Date of the young person's decision", form.decisionDate(), false)), "section 20 decision");
    }

    @Transactional
    public void conclude(long personId, long pathwayId, OutcomeForm form) {
        change(personId, pathwayId, (kept, problems) -> kept.concluded(
                problems.date("assessmentCompleted", "Date the assessment was completed", form.assessmentCompleted(), false),
                problems.choice("outcome", "Outcome", form.outcome(), code -> Coded.fromCode(PathwayOutcome.class, code), false),
                problems.choice("housingDecision", "Housing decision", form.housingDecision(), code -> Coded.fromCode(HousingDecision.class, code), false),
                problems.date("closedDate", "Date the pathway closed", form.closedDate(), false)), "outcome");
    }

    /** One step: read what the form says into the pathway, check the whole pathway, save it all or nothing. */
    private void change(long personId, long pathwayId, java.util.function.BiFunction<HomelessPathway, FieldProblems, HomelessPathway> step,
                        String what) {
        var child = records.visible(personId);
        var kept = find(personId, pathwayId);
        var problems = new FieldProblems();
        var changed = step.apply(kept, problems);
        PathwayRules.check(changed, child, today(), problems);
        problems.throwIfAny();
        if (!repository.update(changed)) {
            throw new RecordChangedException("The homeless pathway of " + FieldProblems.spoken(kept.presentedDate()));
        }
        audit.record(AuditAction.UPDATE, personId, "Homeless pathway of " + kept.presentedDate() + ", " + what + ": " + changed.standing()
                + (changed.outcome() == null ? "" : " (" + changed.outcome().label() + ")"));
    }

    private static HomelessPathway presentation(HomelessPathway kept, PresentationForm form, FieldProblems problems) {
        var moment = problems.moment("presentedDate", "presentedTime", "presented", form.presentedDate(), form.presentedTime(), true);
        var local = moment == null ? null : moment.atZone(ClockZone.UK).toLocalDateTime();
        var to = problems.choice("presentedTo", "Who the young person presented to", form.presentedTo(),
                code -> Coded.fromCode(PresentedTo.class, code), true);
        var referrer = problems.text("housingReferrer", "Housing officer or authority who referred", form.housingReferrer(), 200, false);
        var referred = problems.date("referredDate", "Date referred to children's services", form.referredDate(), true);
        var emergency = problems.yesNo("emergencyNeeded", "Select whether the young person needed emergency accommodation that night",
                form.emergencyNeeded());
        var kind = problems.choice("emergencyKind", "Where the young person stayed that night", form.emergencyKind(),
                code -> Coded.fromCode(EmergencyAccommodation.class, code), false);
        var emergencyOn = problems.date("emergencyDate", "Date emergency accommodation was provided", form.emergencyDate(), false);
        // Read on even when a fact is missing, so that every problem with the form is shown at once.
        return kept.presented(local == null ? null : local.toLocalDate(), local == null ? null : local.toLocalTime(), to, referrer, referred,
                Boolean.TRUE.equals(emergency), kind, emergencyOn);
    }

    private LocalDate lookedAfterFrom(HomelessPathway pathway, List<CarePeriod> periods) {
        var until = pathway.closedDate() != null ? pathway.closedDate() : today();
        return periods.stream().map(CarePeriod::startDate)
                .filter(start -> !start.isBefore(pathway.presentedDate()) && !start.isAfter(until))
                .findFirst().orElse(null);
    }

    private List<PathwayView> views(long personId, List<HomelessPathway> pathways) {
        if (pathways.isEmpty()) {
            return List.of();
        }
        var within = assessmentWithin();
        var today = today();
        var periods = care.periods(personId);
        return pathways.stream().map(p -> new PathwayView(p, PathwayTimeline.of(p, within, calendar, today), lookedAfterFrom(p, periods))).toList();
    }

    private org.opencsc.timescales.Timescale assessmentWithin() {
        return timescales.localStandards().get(LocalStandard.HOMELESS_JOINT_ASSESSMENT);
    }

    private HomelessPathway find(long personId, long pathwayId) {
        return repository.find(personId, pathwayId).orElseThrow(() -> new NotFoundException("Homeless pathway " + pathwayId));
    }
}
