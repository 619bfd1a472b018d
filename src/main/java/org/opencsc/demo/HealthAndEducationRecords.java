package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.List;
import java.util.random.RandomGenerator;
import org.opencsc.care.HealthService;
import org.opencsc.care.SdqReason;
import org.opencsc.child.CaseEventKind;
import org.opencsc.timescales.WorkingDayCalendar;

/**
 * A looked-after child's health and education as a council records them through a period of care:
 * the initial health assessment within about 20 working days (a few late), reviews 6-monthly
 * under 5 and yearly from 5, dental checks about yearly, immunisations checked at each assessment,
 * a yearly SDQ for children aged 4 to 16, the school a child of school age attends, and PEP
 * meetings (the first within a few weeks, then termly). The journey events are those the
 * application writes: an assessment's event is chosen by {@link HealthService#assessmentEvent},
 * so the demo's clocks are the ones the same records typed in would give.
 */
final class HealthAndEducationRecords {

    private static final String ASSESSMENT = "health_assessment (id, authority_id, person_id, kind, assessment_date, assessed_by, outcome,"
            + " recorded_by, recorded_at)";
    private static final String DENTAL = "dental_check (id, authority_id, person_id, check_date, recorded_by, recorded_at)";
    private static final String IMMUNISATIONS = "immunisation_status (id, authority_id, person_id, recorded_date, up_to_date, recorded_by, recorded_at)";
    private static final String SDQ = "sdq (id, authority_id, person_id, sdq_date, score, reason, recorded_by, recorded_at)";
    private static final String SCHOOL = "school_attendance (id, authority_id, person_id, school_name, urn, from_date, to_date, recorded_by,"
            + " recorded_at)";
    private static final String PEP = "pep_meeting (id, authority_id, person_id, meeting_date, school, targets, recorded_by, recorded_at)";

    private static final String[] ASSESSORS = {"Dr Amara Nwosu, looked-after children's health team", "Sister Claire Dunmore, specialist nurse",
        "Dr Paul Rees, community paediatrics", "Jo Whitlock, specialist nurse for children in care"};
    private static final String[] OUTCOMES = {"Well; growth and development as expected. Health plan: annual optician check.",
        "Asthma reviewed; inhaler technique checked with carers. Health plan: GP asthma review in 3 months.",
        "Low mood and poor sleep; referral to CAMHS made. Health plan: carers to keep a sleep diary.",
        "Eczema flare; emollients prescribed. Health plan: registered with the carers' GP and dentist.",
        "Speech delay noted; referral to speech and language therapy. Health plan: hearing test booked.",
        "Behind with immunisations; catch-up plan agreed with the practice nurse."};
    private static final String[] SCHOOLS = {"Northwold Primary School", "St Anne's CE Primary School", "Eastmere Academy", "Hillcrest High School",
        "Northwold Park Academy", "Kingsmead School", "Riverside Community College", "Oakwood Primary School"};
    private static final String[] TARGETS = {"Reading age up a year by the summer term; daily reading with carers.",
        "Attendance above 95%; a named adult at school to check in each morning.",
        "Maths catch-up with a 1:1 tutor funded by the virtual school.",
        "Settle into the new school; join an after-school club of their choosing.",
        "GCSE options chosen with careers advice; revision timetable agreed.",
        "Early years: speech and language targets shared with the nursery key worker."};

    private final CopyBatch rows;
    private final IdBlock ids;
    private final RandomGenerator random;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;
    private final WorkingDayCalendar calendar;

    HealthAndEducationRecords(CopyBatch rows, IdBlock ids, RandomGenerator random, short authority, LocalDate today, Instant loadedAt,
                              WorkingDayCalendar calendar) {
        this.rows = rows;
        this.ids = ids;
        this.random = random;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
        this.calendar = calendar;
    }

    /** Writes the health and education records of one period of care, from {@code start} to {@code end} (null while it lasts). */
    void write(CareRecords.Child child, LocalDate start, LocalDate end, String worker, List<JourneyRecords.Row> events) {
        // Records fall on days the child is looked after: on or before today, and before the day the period ended.
        var last = end == null ? today : min(end.minusDays(1), today);
        health(child, start, last, worker, events);
        education(child, start, last, worker, events);
    }

    private void health(CareRecords.Child child, LocalDate start, LocalDate last, String worker, List<JourneyRecords.Row> events) {
        var day = calendar.addWorkingDays(start, random.nextInt(8) == 0 ? 21 + random.nextInt(20) : 8 + random.nextInt(12));
        var kind = "INITIAL";
        while (!day.isAfter(last)) {
            var id = ids.next("health_assessment");
            rows.row(ASSESSMENT, id, authority, child.id(), kind, day, ASSESSORS[random.nextInt(ASSESSORS.length)],
                    OUTCOMES[random.nextInt(OUTCOMES.length)], worker, loadedAt);
            var event = HealthService.assessmentEvent(child.born(), day);
            events.add(new JourneyRecords.Row(event, day, "health_assessment", id));
            rows.row(IMMUNISATIONS, ids.next("immunisation_status"), authority, child.id(), day, random.nextInt(8) > 0, worker, loadedAt);
            kind = "REVIEW";
            var months = event == CaseEventKind.HEALTH_ASSESSMENT_UNDER_5 ? 6 : 12;
            day = random.nextInt(10) == 0 ? day.plusMonths(months).plusDays(1 + random.nextInt(40)) : day.plusMonths(months).minusDays(random.nextInt(45));
        }
        var check = start.plusDays(20 + random.nextInt(200));
        while (!check.isAfter(last)) {
            var id = ids.next("dental_check");
            rows.row(DENTAL, id, authority, child.id(), check, worker, loadedAt);
            events.add(new JourneyRecords.Row(CaseEventKind.DENTAL_CHECK, check, "dental_check", id));
            check = check.plusDays(random.nextInt(10) == 0 ? 370 + random.nextInt(60) : 170 + random.nextInt(190));
        }
        // The SSDA903 asks for an SDQ in every year a child aged 4 to 16 is looked after: one every 9 to 11 months never misses a year.
        var sdq = start.plusDays(30 + random.nextInt(60));
        while (!sdq.isAfter(last)) {
            var age = Period.between(child.born(), sdq).getYears();
            if (age >= 4 && age <= 16) {
                sdq(child, sdq, last, worker);
            }
            sdq = sdq.plusMonths(9 + random.nextInt(3));
        }
    }

    /** Most carers return the questionnaire; now and then it is refused or not possible, with the SSDA903 reason. */
    private void sdq(CareRecords.Child child, LocalDate day, LocalDate last, String worker) {
        if (day.isAfter(last)) {
            return;
        }
        if (random.nextInt(8) == 0) {
            var reasons = new SdqReason[] {SdqReason.SDQ2, SdqReason.SDQ4, SdqReason.SDQ5};
            rows.row(SDQ, ids.next("sdq"), authority, child.id(), day, null, reasons[random.nextInt(reasons.length)].code(), worker, loadedAt);
        } else {
            rows.row(SDQ, ids.next("sdq"), authority, child.id(), day, random.nextInt(21) + random.nextInt(20), null, worker, loadedAt);
        }
    }

    private void education(CareRecords.Child child, LocalDate start, LocalDate last, String worker, List<JourneyRecords.Row> events) {
        // School from the September after the 4th birthday (reception) until 16; younger children's PEPs are held with their nursery.
        var reception = LocalDate.of(child.born().plusYears(4).getYear(), Month.SEPTEMBER, 1);
        if (child.born().plusYears(4).isAfter(reception)) {
            reception = reception.plusYears(1);
        }
        var leaves = LocalDate.of(child.born().plusYears(16).getYear(), Month.JUNE, 30);
        String school = null;
        if (!reception.isAfter(last) && start.isBefore(leaves)) {
            school = SCHOOLS[random.nextInt(SCHOOLS.length)];
            // At the school since reception or since a September a year or two before coming into care.
            var joined = LocalDate.of(start.getYear() - 1 - random.nextInt(2), Month.SEPTEMBER, 2);
            var from = joined.isAfter(reception) ? joined : reception;
            rows.row(SCHOOL, ids.next("school_attendance"), authority, child.id(), school, String.valueOf(100_000 + random.nextInt(50_000)), from,
                    leaves.isAfter(today) ? null : leaves, worker, loadedAt);
        }
        // PEPs: the first within about 20 working days, then termly; a few late.
        var pep = start.plusDays(14 + random.nextInt(random.nextInt(8) == 0 ? 60 : 14));
        while (!pep.isAfter(last)) {
            String with;
            if (pep.isBefore(reception)) {
                with = "Little Acorns Nursery";
            } else if (school != null && pep.isBefore(leaves)) {
                with = school;
            } else {
                with = "Northwold College";
            }
            var id = ids.next("pep_meeting");
            rows.row(PEP, id, authority, child.id(), pep, with, TARGETS[random.nextInt(TARGETS.length)], worker, loadedAt);
            events.add(new JourneyRecords.Row(CaseEventKind.PEP_HELD, pep, "pep", id));
            pep = pep.plusDays(100 + random.nextInt(random.nextInt(6) == 0 ? 60 : 20));
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
