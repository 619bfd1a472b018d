package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.opencsc.care.CareHistory.LegalStatusChange;
import org.opencsc.care.ReasonCeased;
import org.opencsc.courts.CourtTimetable;
import org.opencsc.timescales.WorkingDayCalendar;

/**
 * Pre-proceedings and care proceedings as the court work of a council looks: a child who became
 * looked after under an interim care order had proceedings issued that day or a day or two
 * before, usually after pre-proceedings; the full care order (C2) or the order that ended the
 * period of care (a special guardianship or child arrangements order, a supervision order, no
 * order) is the final order, with extensions where the proceedings ran past 26 weeks; a placement
 * order (E1) comes from its own application. Some children on child protection plans are in
 * pre-proceedings now, or were and stepped down. Each child's court history draws on its own
 * random numbers, so adding it leaves the rest of the demo authority as it was.
 */
final class CourtRecords {

    private static final String PRE = "pre_proceedings (id, authority_id, person_id, gateway_date, letter_date, fgdm_offered, fgdm_date, end_date,"
            + " decision, recorded_by, recorded_at)";
    private static final String MEETING = "pre_proceedings_meeting (id, authority_id, pre_proceedings_id, meeting_date, parents_represented, summary,"
            + " recorded_by, recorded_at)";
    private static final String ASSESSMENT = "pre_proceedings_assessment (id, authority_id, pre_proceedings_id, kind, subject, commissioned_date,"
            + " due_date, received_date, recorded_by, recorded_at)";
    private static final String PROCEEDINGS = "care_proceedings (id, authority_id, person_id, application_kind, issued_date, court, case_number,"
            + " concluded_date, recorded_by, recorded_at)";
    private static final String HEARING = "court_hearing (id, authority_id, proceedings_id, kind, hearing_date, outcome, recorded_by, recorded_at)";
    private static final String EXTENSION = "proceedings_extension (id, authority_id, proceedings_id, granted_date, weeks, reason, recorded_by, recorded_at)";
    private static final String ORDER = "court_order (id, authority_id, proceedings_id, kind, final, order_date, recorded_by, recorded_at)";
    private static final String[] COURTS = {"Northwold Family Court", "Eastmere Family Court", "Central Family Court"};
    private static final String[][] ASSESSMENTS = {{"PARENTING", "Mother"}, {"PARENTING", "Both parents"}, {"PSYCHOLOGICAL", "Mother"},
        {"DRUG_AND_ALCOHOL_TESTING", "Father"}, {"DRUG_AND_ALCOHOL_TESTING", "Mother"}, {"VIABILITY", "Maternal grandmother"},
        {"VIABILITY", "Paternal aunt"}, {"PSYCHIATRIC", "Father"}};
    private static final String[] EXTENSION_REASONS = {"Psychological assessment of the mother not yet filed.",
        "Viability assessment of the paternal aunt to be completed.", "Final hearing adjourned: no judge available.",
        "Parents changed solicitors; further evidence directed."};

    private final CopyBatch rows;
    private final IdBlock ids;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;
    private final WorkingDayCalendar calendar;
    /** The first open proceedings past 26 weeks are left without an extension, so the tracker always has one to show late. */
    private boolean lateLeft = true;
    /** The first proceedings that end without a care order end in a supervision order, the next with no order, so both are always there. */
    private boolean supervisionLeft = true;
    private boolean noOrderLeft = true;
    /** And the first plans that qualify always have pre-proceedings, open now or stepped down, so both are there to see. */
    private int openLeft = 2;
    private int steppedDownLeft = 2;

    CourtRecords(CopyBatch rows, IdBlock ids, short authority, LocalDate today, Instant loadedAt, WorkingDayCalendar calendar) {
        this.rows = rows;
        this.ids = ids;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
        this.calendar = calendar;
    }

    /** The court history behind a period of care: nothing for a child accommodated by agreement throughout. */
    void forCare(long child, LocalDate born, LocalDate start, LocalDate end, ReasonCeased reason, List<LegalStatusChange> statuses, String worker) {
        var random = new SplittableRandom(child * 7_919L + start.toEpochDay());
        var first = statuses.stream().filter(s -> s.code().equals("C1") || s.code().equals("C2")).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        var fullOrder = statuses.stream().filter(s -> s.code().equals("C2")).findFirst().map(LegalStatusChange::from).orElse(null);
        var placementOrder = statuses.stream().filter(s -> s.code().equals("E1")).findFirst().map(LegalStatusChange::from).orElse(null);
        var issued = first.code().equals("C2") ? first.from().minusWeeks(20 + random.nextInt(14)) : first.from().minusDays(random.nextInt(3));
        if (issued.isBefore(born)) {
            issued = born;
        }
        if (random.nextInt(3) > 0 && issued.minusWeeks(10).isAfter(born)) {
            preProceedings(child, issued.minusDays(random.nextInt(8)), "ISSUE", random, worker);
        }
        var id = ids.next("care_proceedings");
        String finalOrder;
        LocalDate concluded;
        if (fullOrder != null) {
            finalOrder = "CARE_ORDER";
            concluded = fullOrder;
        } else if (placementOrder != null) {
            finalOrder = "CARE_ORDER";
            concluded = placementOrder;
        } else if (end != null) {
            concluded = end;
            finalOrder = switch (reason) {
                case E41 -> "CHILD_ARRANGEMENTS_ORDER";
                case E45, E46, E47, E48 -> "SPECIAL_GUARDIANSHIP_ORDER";
                default -> endedWithoutCareOrder(random);
            };
        } else {
            finalOrder = null;
            concluded = null;
        }
        rows.row(PROCEEDINGS, id, authority, child, "CARE_ORDER", issued, COURTS[random.nextInt(COURTS.length)], caseNumber(issued, id), concluded,
                worker, loadedAt);
        if (first.code().equals("C1")) {
            order(id, "INTERIM_CARE_ORDER", false, first.from(), worker);
        } else {
            order(id, "INTERIM_SUPERVISION_ORDER", false, issued.plusDays(1 + random.nextInt(3)), worker);
        }
        hearing(id, "CASE_MANAGEMENT", issued.plusDays(12 + random.nextInt(10)), concluded, "Timetable set; experts directed.", worker);
        hearing(id, "ISSUES_RESOLUTION", issued.plusWeeks(18 + random.nextInt(5)), concluded, "Issues narrowed; final hearing listed.", worker);
        extensions(id, issued, concluded == null ? today : concluded, concluded == null, random, worker);
        if (concluded != null) {
            hearing(id, "FINAL", concluded, concluded, "Final order made.", worker);
            order(id, finalOrder, true, concluded, worker);
        } else {
            hearing(id, "FINAL", today.plusWeeks(2 + random.nextInt(8)), null, null, worker);
        }
        if (placementOrder != null) {
            var application = ids.next("care_proceedings");
            var applied = placementOrder.minusWeeks(8 + random.nextInt(8));
            rows.row(PROCEEDINGS, application, authority, child, "PLACEMENT_ORDER", applied, COURTS[0], caseNumber(applied, application), placementOrder,
                    worker, loadedAt);
            order(application, "PLACEMENT_ORDER", true, placementOrder, worker);
        }
    }

    /**
     * Some children on a plan go into pre-proceedings: open now, or ended with the child stepped down to the plan (or, once the
     * risk has eased, to a child in need plan).
     */
    void forProtectionPlan(long child, LocalDate planStart, LocalDate planEnd, String worker) {
        var random = new SplittableRandom(child * 104_729L + planStart.toEpochDay());
        var chosen = random.nextInt(6) == 0;
        if (planEnd != null || !(chosen || openLeft > 0 || steppedDownLeft > 0)) {
            return;
        }
        var letter = today.minusWeeks(2 + random.nextInt(30));
        if (!letter.isAfter(planStart.plusWeeks(4))) {
            return;
        }
        var end = letter.plusWeeks(10 + random.nextInt(8));
        if (end.isAfter(today) || (openLeft > 0 && steppedDownLeft <= 0)) {
            openLeft--;
            preProceedings(child, null, letter, null, random, worker);
        } else {
            steppedDownLeft--;
            preProceedings(child, end, letter, random.nextInt(3) > 0 ? "STEP_DOWN_CP" : "STEP_DOWN_CIN", random, worker);
        }
    }

    private String endedWithoutCareOrder(SplittableRandom random) {
        if (supervisionLeft) {
            supervisionLeft = false;
            return "SUPERVISION_ORDER";
        }
        if (noOrderLeft) {
            noOrderLeft = false;
            return "NO_ORDER";
        }
        return random.nextInt(3) == 0 ? "NO_ORDER" : random.nextInt(4) == 0 ? "WITHDRAWN" : "SUPERVISION_ORDER";
    }

    private void preProceedings(long child, LocalDate end, String decision, SplittableRandom random, String worker) {
        preProceedings(child, end, end.minusWeeks(10 + random.nextInt(12)), decision, random, worker);
    }

    private void preProceedings(long child, LocalDate end, LocalDate letter, String decision, SplittableRandom random, String worker) {
        var id = ids.next("pre_proceedings");
        var gateway = letter.minusDays(3 + random.nextInt(8));
        var last = end == null ? today : end;
        var offered = random.nextInt(5) > 0;
        var fgdm = offered && random.nextInt(4) > 0 ? min(letter.plusDays(14 + random.nextInt(28)), last) : null;
        rows.row(PRE, id, authority, child, gateway, letter, offered, fgdm, end, decision, worker, loadedAt);
        var meeting = calendar.addWorkingDays(letter, random.nextInt(6) == 0 ? 11 + random.nextInt(5) : 4 + random.nextInt(6));
        while (!meeting.isAfter(last)) {
            rows.row(MEETING, ids.next("pre_proceedings_meeting"), authority, id, meeting, random.nextInt(8) > 0,
                    "Progress against the written agreement reviewed with the parents and their solicitors.", worker, loadedAt);
            meeting = meeting.plusWeeks(5 + random.nextInt(3));
        }
        if (end == null) {
            rows.row(MEETING, ids.next("pre_proceedings_meeting"), authority, id, meeting, true, null, worker, loadedAt);
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            var assessment = ASSESSMENTS[random.nextInt(ASSESSMENTS.length)];
            var commissioned = letter.plusDays(7 + random.nextInt(21));
            if (commissioned.isAfter(last)) {
                continue;
            }
            var due = commissioned.plusWeeks(6 + random.nextInt(5));
            var received = due.plusDays(random.nextInt(5) == 0 ? 10 + random.nextInt(30) : -random.nextInt(10));
            if (received.isAfter(last) || received.isBefore(commissioned)) {
                received = null;
            }
            rows.row(ASSESSMENT, ids.next("pre_proceedings_assessment"), authority, id, assessment[0], assessment[1], commissioned, due, received,
                    worker, loadedAt);
        }
    }

    /**
     * Extensions of 8 weeks (now and then fewer), each granted in the week before the time ran out, until the proceedings could
     * end by the day they did; an open case past 26 weeks is sometimes left unextended, as the tracker should show.
     */
    private void extensions(long proceedings, LocalDate issued, LocalDate until, boolean open, SplittableRandom random, String worker) {
        var due = CourtTimetable.dueDate(issued, List.of());
        if (open && due.isBefore(until) && (lateLeft || random.nextInt(4) == 0)) {
            lateLeft = false;
            return;
        }
        while (due.isBefore(until)) {
            var weeks = random.nextInt(4) == 0 ? 4 + random.nextInt(4) : CourtTimetable.LONGEST_EXTENSION_WEEKS;
            var granted = due.minusDays(random.nextInt(7));
            if (granted.isAfter(today)) {
                return;
            }
            rows.row(EXTENSION, ids.next("proceedings_extension"), authority, proceedings, granted, weeks,
                    EXTENSION_REASONS[random.nextInt(EXTENSION_REASONS.length)], worker, loadedAt);
            due = due.plusWeeks(weeks);
        }
    }

    private void hearing(long proceedings, String kind, LocalDate day, LocalDate concluded, String outcome, String worker) {
        if (concluded != null && day.isAfter(concluded)) {
            return;
        }
        rows.row(HEARING, ids.next("court_hearing"), authority, proceedings, kind, day, day.isAfter(today) ? null : outcome, worker, loadedAt);
    }

    private void order(long proceedings, String kind, boolean concludes, LocalDate day, String worker) {
        rows.row(ORDER, ids.next("court_order"), authority, proceedings, kind, concludes, day, worker, loadedAt);
    }

    private static String caseNumber(LocalDate issued, long id) {
        return "NW" + String.format("%02d", issued.getYear() % 100) + "C" + String.format("%05d", id % 100_000);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
