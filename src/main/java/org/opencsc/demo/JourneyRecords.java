package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;
import org.opencsc.timescales.WorkingDayCalendar;
import org.opencsc.work.VisitKind;

/**
 * Turns a child's generated key events into the records behind them (contacts and MASH+
 * decisions, referrals, assessments, strategy discussions, section 47s, conferences, plans, core
 * groups, reviews and visits, periods of care through {@link CareRecords}, and the health and
 * education of children in care through {@link HealthAndEducationRecords}), and adds the
 * events those records imply. Some steps are late and some visits missed, as in any authority,
 * so the work lists have something to show.
 */
final class JourneyRecords {

    private static final String CASE_EVENT = "case_event (id, person_id, kind, event_date, source, source_id, recorded_by, recorded_at)";
    private static final String CONTACT = "contact (id, authority_id, person_id, contact_date, source, reason, decision_date, decision,"
            + " decision_reason, decided_by, referral_id, recorded_by, recorded_at)";
    private static final String REFERRAL = "referral (id, authority_id, person_id, contact_id, referral_date, source, primary_need, re_referral,"
            + " previous_referral_id, nfa, closure_date, closure_reason, recorded_by, recorded_at)";
    private static final String ASSESSMENT = "assessment (id, authority_id, person_id, referral_id, start_date, child_seen_date, seen_alone,"
            + " factors, summary, outcome, submitted_date, submitted_by, authorised_date, authorised_by, recorded_by, recorded_at)";
    private static final String STRATEGY = "strategy_discussion (id, authority_id, person_id, referral_id, discussion_date, attendees, decision,"
            + " rationale, recorded_by, recorded_at)";
    private static final String S47 = "s47_enquiry (id, authority_id, person_id, strategy_discussion_id, start_date, icpc_target_date, end_date,"
            + " outcome, recorded_by, recorded_at)";
    private static final String CP_PLAN = "cp_plan (id, authority_id, person_id, referral_id, start_date, initial_category, latest_category,"
            + " outcomes, end_date, end_reason, recorded_by, recorded_at)";
    private static final String ACTION = "cp_plan_action (id, plan_id, action, owner, due_date, recorded_by)";
    private static final String CONFERENCE = "cp_conference (id, authority_id, person_id, kind, s47_id, plan_id, conference_date, chair,"
            + " decision, recorded_by, recorded_at)";
    private static final String CORE_GROUP = "core_group (id, authority_id, person_id, plan_id, meeting_date, attendees, progress, recorded_by,"
            + " recorded_at)";
    private static final String CIN_PLAN = "cin_plan (id, authority_id, person_id, referral_id, start_date, outcomes, end_date, recorded_by,"
            + " recorded_at)";
    private static final String CIN_REVIEW = "cin_review (id, authority_id, person_id, plan_id, review_date, decision, progress, recorded_by,"
            + " recorded_at)";
    private static final String VISIT = "visit (id, authority_id, person_id, kind, visit_date, child_seen, seen_alone, observations,"
            + " recorded_by, recorded_at)";

    private static final String[] SOURCES = {"6", "6", "6", "2A", "2A", "3A", "3B", "3E", "1A", "5A", "8", "9"};
    private static final String[] NEEDS = {"N1", "N1", "N1", "N2", "N3", "N4", "N4", "N5", "N5", "N6", "N8"};
    private static final String[][] FACTORS = {{"3A", "3B"}, {"4B", "2B"}, {"16A"}, {"1B", "3B", "4B"}, {"18C"}, {"17A", "3A"},
        {"11A", "10A"}, {"24A"}, {"5B"}, {"6B", "7A"}, {"2B"}, {"14A", "15A"}};
    private static final String[] CATEGORIES = {"NEG", "NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"};
    private static final String[] CHAIRS = {"R. Mensah", "J. Whitfield", "P. Adeyemi", "S. Kowalski"};

    private final CopyBatch rows;
    private final IdBlock ids;
    private final RandomGenerator random;
    private final short authority;
    private final LocalDate today;
    /** Whether the child being written has a disability. */
    private boolean disabled;
    private final Instant loadedAt;
    private final WorkingDayCalendar calendar;
    private final CareRecords care;
    private final LeavingCareRecords leavingCare;
    private final ServiceReferralRecords serviceReferrals;
    private final SignificantEventRecords significantEvents;
    private final HealthAndEducationRecords health;
    private final HomelessPathwayRecords homeless;

    JourneyRecords(CopyBatch rows, IdBlock ids, RandomGenerator random, short authority, LocalDate today, Instant loadedAt,
                   WorkingDayCalendar calendar, List<String> iros) {
        this.calendar = calendar;
        this.rows = rows;
        this.ids = ids;
        this.random = random;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
        this.care = new CareRecords(this, rows, ids, random, authority, today, loadedAt, calendar, iros);
        this.leavingCare = new LeavingCareRecords(rows, ids, random, authority, today, loadedAt);
        this.serviceReferrals = new ServiceReferralRecords(rows, ids, random, authority, today, loadedAt);
        this.significantEvents = new SignificantEventRecords(rows, ids, authority, today, loadedAt);
        this.health = new HealthAndEducationRecords(rows, ids, random, authority, today, loadedAt, calendar);
        this.homeless = new HomelessPathwayRecords(rows, ids, authority, today, loadedAt);
    }

    /** One CIN episode being written: the referral and what hangs from it. */
    private final class Episode {
        long referralId;
        LocalDate referralDate;
        LocalDate assessmentStart;
        long assessmentId;
        long cpPlanId;
        LocalDate cpPlanStart;
        long cinPlanId;
        LocalDate cinPlanStart;
    }

    /** Writes the records and all the events (the generated ones and those the records imply). */
    void write(CareRecords.Child who, List<CaseEvent> generated, String worker) {
        var child = who.id();
        disabled = disabled(who.family(), who.born());
        var events = new ArrayList<Row>();
        Episode episode = null;
        LocalDate previousReferral = null;
        Long previousReferralId = null;
        for (int i = 0; i < generated.size(); i++) {
            var event = generated.get(i);
            var date = event.date();
            switch (event.kind()) {
                case REFERRAL_RECEIVED -> {
                    episode = new Episode();
                    episode.referralId = ids.next("referral");
                    episode.referralDate = date;
                    var contactId = ids.next("contact");
                    var source = SOURCES[random.nextInt(SOURCES.length)];
                    // Most decisions the same or next day; a few late, as inspectors find.
                    var decided = min(date.plusDays(random.nextInt(10) == 0 ? 3 : random.nextInt(2)), today);
                    rows.row(CONTACT, contactId, authority, child, date, source, "Concerns reported about the child's care at home.", decided,
                            "REFERRAL", "Threshold for a social work assessment met.", worker, episode.referralId, worker, loadedAt);
                    events.add(new Row(CaseEventKind.CONTACT_RECEIVED, date, "contact", contactId));
                    events.add(new Row(CaseEventKind.MASH_DECISION, decided, "contact", contactId));
                    var closure = next(generated, i, CaseEventKind.CASE_CLOSED, CaseEventKind.REFERRAL_RECEIVED);
                    var assessed = next(generated, i, CaseEventKind.ASSESSMENT_STARTED, CaseEventKind.REFERRAL_RECEIVED) != null;
                    var reReferral = previousReferral != null && !previousReferral.isBefore(date.minusMonths(12));
                    // Closed after a plan or a period of care: services ceased (RC7); after an assessment alone: no further action (RC8).
                    var plan = next(generated, i, CaseEventKind.CIN_PLAN_STARTED, CaseEventKind.REFERRAL_RECEIVED) != null
                            || next(generated, i, CaseEventKind.BECAME_LOOKED_AFTER, CaseEventKind.REFERRAL_RECEIVED) != null;
                    rows.row(REFERRAL, episode.referralId, authority, child, contactId, date, source, NEEDS[random.nextInt(NEEDS.length)], reReferral,
                            previousReferralId, !assessed, closure, closure == null ? null : plan ? "RC7" : "RC8", worker, loadedAt);
                    events.add(new Row(CaseEventKind.REFERRAL_RECEIVED, date, "referral", episode.referralId));
                    if (closure != null) {
                        events.add(new Row(CaseEventKind.CASE_CLOSED, closure, "referral", episode.referralId));
                    }
                    previousReferral = date;
                    previousReferralId = episode.referralId;
                }
                case ASSESSMENT_STARTED -> {
                    if (episode == null) {
                        events.add(new Row(event.kind(), date, "demo", null));
                        continue;
                    }
                    episode.assessmentStart = date;
                    episode.assessmentId = ids.next("assessment");
                    var completed = next(generated, i, CaseEventKind.ASSESSMENT_COMPLETED, CaseEventKind.REFERRAL_RECEIVED);
                    var outcome = next(generated, i, CaseEventKind.CP_PLAN_STARTED, CaseEventKind.REFERRAL_RECEIVED) != null ? "STRATEGY_DISCUSSION"
                            : next(generated, i, CaseEventKind.CIN_PLAN_STARTED, CaseEventKind.REFERRAL_RECEIVED) != null ? "CIN_PLAN" : "NO_FURTHER_ACTION";
                    var seen = min(date.plusDays(1 + random.nextInt(5)), today);
                    // "No factors" only for an assessment that ends the case: the census wants RC8 after it, and a child coming into care has factors.
                    var intoCare = next(generated, i, CaseEventKind.BECAME_LOOKED_AFTER, CaseEventKind.REFERRAL_RECEIVED) != null;
                    var factors = completed == null && random.nextBoolean() ? new String[0]
                            : outcome.equals("NO_FURTHER_ACTION") && random.nextInt(3) == 0 && !intoCare && !disabled ? new String[] {"21"}
                            : factorsFor();
                    // An unfinished assessment is either being written or, for one in three, waiting for a manager.
                    var submitted = completed != null ? completed : random.nextInt(3) == 0 ? min(seen.plusDays(7), today) : null;
                    rows.row(ASSESSMENT, episode.assessmentId, authority, child, episode.referralId, date, seen, random.nextInt(10) < 7,
                            "{" + String.join(",", factors) + "}", "Analysis of the child's needs, risks and strengths.",
                            submitted == null ? null : outcome, submitted, submitted == null ? null : worker, completed,
                            completed == null ? null : "tm1", worker, loadedAt);
                    events.add(new Row(CaseEventKind.ASSESSMENT_STARTED, date, "assessment", episode.assessmentId));
                    if (completed != null) {
                        events.add(new Row(CaseEventKind.ASSESSMENT_COMPLETED, completed, "assessment", episode.assessmentId));
                    }
                    if (!seen.isAfter(today)) {
                        visit(child, "ASSESSMENT", seen, true, worker, events);
                    }
                }
                case CP_PLAN_STARTED -> {
                    if (episode == null) {
                        events.add(new Row(event.kind(), date, "demo", null));
                        continue;
                    }
                    var ended = next(generated, i, CaseEventKind.CP_PLAN_ENDED, CaseEventKind.REFERRAL_RECEIVED);
                    protection(child, episode, date, ended, worker, events, next(generated, i, CaseEventKind.BECAME_LOOKED_AFTER, null) != null);
                }
                case CIN_PLAN_STARTED -> {
                    if (episode == null) {
                        events.add(new Row(event.kind(), date, "demo", null));
                        continue;
                    }
                    var closure = next(generated, i, CaseEventKind.CASE_CLOSED, CaseEventKind.REFERRAL_RECEIVED);
                    childInNeed(child, episode, date, closure, worker, events);
                }
                case CASE_CLOSED, ASSESSMENT_COMPLETED, CP_PLAN_ENDED -> {
                    if (episode == null) {
                        events.add(new Row(event.kind(), date, "demo", null));
                    }
                }
                case BECAME_LOOKED_AFTER -> {
                    var ceased = next(generated, i, CaseEventKind.CEASED_LOOKED_AFTER, null);
                    care.write(who, date, ceased, worker, events);
                    health.write(who, date, ceased, worker, events);
                    serviceReferrals.write(who.id(), date, ceased, worker);
                    significantEvents.write(who.id(), date, ceased, worker);
                    if (who.born() != null) {
                        homeless.intoCare(who.id(), who.born(), date, worker);
                    }
                }
                case CARE_LEAVER_SUPPORT_STARTED -> {
                    if (who.born() == null) {
                        events.add(new Row(event.kind(), date, "demo", null));
                    } else {
                        leavingCare.write(who.id(), who.born(), date, worker, events);
                    }
                }
                case CEASED_LOOKED_AFTER -> {
                    // The period of care written at BECAME_LOOKED_AFTER puts its end on the journey.
                }
                default -> events.add(new Row(event.kind(), date, "demo", null));
            }
        }
        if (generated.stream().noneMatch(e -> e.kind() == CaseEventKind.BECAME_LOOKED_AFTER)) {
            homeless.presented(child, who.born(), worker);
        }
        // A few new contacts about children not open now wait for the MASH+ decision, as every morning.
        var quiet = generated.isEmpty() || generated.getLast().kind() == CaseEventKind.CASE_CLOSED;
        if (quiet && random.nextInt(150) == 0) {
            var contactId = ids.next("contact");
            var date = today.minusDays(random.nextInt(3));
            rows.row(CONTACT, contactId, authority, child, date, SOURCES[random.nextInt(SOURCES.length)],
                    "New concerns reported; MASH+ checks under way.", null, null, null, null, null, "mash1", loadedAt);
            events.add(new Row(CaseEventKind.CONTACT_RECEIVED, date, "contact", contactId));
        }
        events.sort(Comparator.comparing(Row::date).thenComparing(Row::kind));
        for (var row : events) {
            rows.row(CASE_EVENT, ids.next("case_event"), child, row.kind().name(), row.date(), row.source(), row.sourceId(), "demo", loadedAt);
        }
    }

    /**
     * Whether a child has a disability (about one in twelve): decided from who they are, not from
     * the random sequence, because the journey is written before the child's characteristics and
     * their assessments must know it; and not from the id, so the demo is the same whatever ids it gets.
     */
    static boolean disabled(String family, LocalDate born) {
        return born != null && Math.floorMod(java.util.Objects.hash(family, born) * 0x9E3779B9, 100) < 8;
    }

    /** A disabled child's assessment names the child's disability among its factors, as the census expects. */
    private String[] factorsFor() {
        var factors = FACTORS[random.nextInt(FACTORS.length)];
        if (!disabled || List.of(factors).contains("6A")) {
            return factors;
        }
        var withDisability = java.util.Arrays.copyOf(factors, factors.length + 1);
        withDisability[factors.length] = "6A";
        return withDisability;
    }

    /** A key event to write, with the record behind it (source and id), or source "demo" and no id for one with none. */
    record Row(CaseEventKind kind, LocalDate date, String source, Long sourceId) {
    }

    private void protection(long child, Episode episode, LocalDate icpc, LocalDate ended, String worker, List<Row> events, boolean intoCare) {
        var strategyDate = max(icpc.minusDays(12 + random.nextInt(random.nextInt(5) == 0 ? 20 : 8)), episode.referralDate);
        var strategyId = ids.next("strategy_discussion");
        rows.row(STRATEGY, strategyId, authority, child, episode.referralId, strategyDate, "Police, health, school, children's social care",
                "SECTION_47", "Risk of significant harm: enquiries needed.", worker, loadedAt);
        events.add(new Row(CaseEventKind.STRATEGY_DISCUSSION, strategyDate, "strategy_discussion", strategyId));
        var s47Id = ids.next("s47_enquiry");
        rows.row(S47, s47Id, authority, child, strategyId, strategyDate, calendar.addWorkingDays(strategyDate, 15), icpc, "CONFERENCE", worker, loadedAt);
        events.add(new Row(CaseEventKind.S47_STARTED, strategyDate, "s47_enquiry", s47Id));
        var planId = ids.next("cp_plan");
        var category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        rows.row(CP_PLAN, planId, authority, child, episode.referralId, icpc, category, category,
                "The child is safe at home; school attendance above 90%; parents engage with support.", ended,
                ended == null ? null : intoCare ? "LOOKED_AFTER" : "NO_LONGER_AT_RISK", worker, loadedAt);
        rows.row(ACTION, ids.next("cp_plan_action"), planId, "Parenting assessment completed", "Allocated social worker", icpc.plusDays(42), "demo");
        rows.row(ACTION, ids.next("cp_plan_action"), planId, "Referral to domestic abuse service", "Health visitor", icpc.plusDays(14), "demo");
        events.add(new Row(CaseEventKind.CP_PLAN_STARTED, icpc, "cp_plan", planId));
        if (!intoCare) {
            care.courts().forProtectionPlan(child, icpc, ended, worker);
        }
        if (ended != null) {
            events.add(new Row(CaseEventKind.CP_PLAN_ENDED, ended, "cp_plan", planId));
        }
        var icpcId = ids.next("cp_conference");
        rows.row(CONFERENCE, icpcId, authority, child, "INITIAL", s47Id, planId, icpc, CHAIRS[random.nextInt(CHAIRS.length)], "PLAN", worker, loadedAt);
        events.add(new Row(CaseEventKind.ICPC_HELD, icpc, "cp_conference", icpcId));
        var last = ended == null ? today : ended.minusDays(1);
        var meeting = icpc.plusDays(8 + random.nextInt(random.nextInt(5) == 0 ? 20 : 6));
        while (!meeting.isAfter(last)) {
            var id = ids.next("core_group");
            rows.row(CORE_GROUP, id, authority, child, planId, meeting, "Parents, school, health visitor, social worker",
                    "Actions reviewed; progress noted.", worker, loadedAt);
            events.add(new Row(CaseEventKind.CORE_GROUP, meeting, "core_group", id));
            meeting = meeting.plusDays(20 + random.nextInt(random.nextInt(10) == 0 ? 30 : 8));
        }
        var review = icpc.plusMonths(3).minusDays(random.nextInt(10));
        if (random.nextInt(8) == 0) {
            review = review.plusDays(10 + random.nextInt(20));
        }
        while (review.isBefore(ended == null ? today : ended)) {
            var id = ids.next("cp_conference");
            rows.row(CONFERENCE, id, authority, child, "REVIEW", null, planId, review, CHAIRS[random.nextInt(CHAIRS.length)], "CONTINUE", worker, loadedAt);
            events.add(new Row(CaseEventKind.REVIEW_CONFERENCE, review, "cp_conference", id));
            review = review.plusMonths(6).minusDays(random.nextInt(14));
        }
        if (ended != null) {
            var id = ids.next("cp_conference");
            rows.row(CONFERENCE, id, authority, child, "REVIEW", null, planId, ended, CHAIRS[random.nextInt(CHAIRS.length)], "END", worker, loadedAt);
            events.add(new Row(CaseEventKind.REVIEW_CONFERENCE, ended, "cp_conference", id));
        }
        visits(child, "CP", icpc, last, 13, worker, events);
    }

    private void childInNeed(long child, Episode episode, LocalDate start, LocalDate closure, String worker, List<Row> events) {
        var planId = ids.next("cin_plan");
        rows.row(CIN_PLAN, planId, authority, child, episode.referralId, start, "Needs met at home with family support; school attendance improves.",
                closure, worker, loadedAt);
        events.add(new Row(CaseEventKind.CIN_PLAN_STARTED, start, "cin_plan", planId));
        if (closure != null) {
            events.add(new Row(CaseEventKind.CIN_PLAN_ENDED, closure, "cin_plan", planId));
        }
        var last = closure == null ? today : closure.minusDays(1);
        var review = start.plusMonths(3).minusDays(random.nextInt(12)).plusDays(random.nextInt(7) == 0 ? 30 : 0);
        while (!review.isAfter(last)) {
            var id = ids.next("cin_review");
            rows.row(CIN_REVIEW, id, authority, child, planId, review, "CONTINUE", "Progress reviewed with the family.", worker, loadedAt);
            events.add(new Row(CaseEventKind.CIN_REVIEW, review, "cin_review", id));
            review = review.plusMonths(3).minusDays(random.nextInt(10));
        }
        visits(child, "CIN", start, last, 27, worker, events);
        // Re-assessed about every six months while the plan lasts (the local standard), sometimes late.
        var again = start.plusMonths(5).plusDays(random.nextInt(random.nextInt(8) == 0 ? 60 : 25));
        while (!again.plusDays(20).isAfter(last)) {
            var id = ids.next("assessment");
            var authorised = again.plusDays(10 + random.nextInt(10));
            rows.row(ASSESSMENT, id, authority, child, episode.referralId, again, again.plusDays(2), true,
                    "{" + String.join(",", factorsFor()) + "}", "Updated assessment for the plan's review.",
                    "CONTINUE_EXISTING_PLAN", authorised, worker, authorised, "tm1", worker, loadedAt);
            events.add(new Row(CaseEventKind.ASSESSMENT_STARTED, again, "assessment", id));
            events.add(new Row(CaseEventKind.ASSESSMENT_COMPLETED, authorised, "assessment", id));
            again = authorised.plusMonths(5).plusDays(random.nextInt(random.nextInt(8) == 0 ? 60 : 25));
        }
    }

    /** Visits every so often (about the local standard), with a missed one now and then. */
    private void visits(long child, String kind, LocalDate from, LocalDate last, int everyDays, String worker, List<Row> events) {
        var day = from.plusDays(3 + random.nextInt(everyDays / 2));
        while (!day.isAfter(last)) {
            visit(child, kind, day, random.nextInt(12) > 0, worker, events);
            day = day.plusDays(everyDays - 6 + random.nextInt(random.nextInt(10) == 0 ? everyDays * 2 : 6));
        }
    }

    private void visit(long child, String kind, LocalDate day, boolean seen, String worker, List<Row> events) {
        visit(child, kind, day, seen, seen ? "Child seen; spoke about school and home." : "No answer at the door.", worker, events);
    }

    /** A visit, and the key event that the application puts on the journey for a visit of its kind where the child was seen. */
    void visit(long child, String kind, LocalDate day, boolean seen, String observations, String worker, List<Row> events) {
        var id = ids.next("visit");
        var alone = seen && random.nextInt(10) < 7;
        rows.row(VISIT, id, authority, child, kind, day, seen, alone, observations, worker, loadedAt);
        var seenEvent = VisitKind.valueOf(kind).seenEvent();
        if (seen && seenEvent != null) {
            events.add(new Row(seenEvent, day, "visit", id));
        }
    }

    /** The first event of a kind after position i, unless a stop kind comes first. */
    private static LocalDate next(List<CaseEvent> events, int i, CaseEventKind kind, CaseEventKind stop) {
        for (int j = i + 1; j < events.size(); j++) {
            if (events.get(j).kind() == kind) {
                return events.get(j).date();
            }
            if (events.get(j).kind() == stop) {
                return null;
            }
        }
        return null;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The children matched with adopters. */
    List<PermanenceRecords.Matched> matchedForAdoption() {
        return care.matchedForAdoption();
    }
}
