package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.opencsc.child.CaseEventKind;

/**
 * Writes a care leaver's support from the day they left care: a personal adviser (sometimes a
 * second), pathway plans about every six months (a few late), and the contact around each
 * birthday from 18 that the SSDA903 OC3 asks about, mostly in touch and in education, work or
 * training, some not; a few birthdays missed.
 */
final class LeavingCareRecords {

    private static final String SUPPORT = "care_leaver_support (id, authority_id, person_id, start_date, recorded_by, recorded_at)";
    private static final String ADVISER = "personal_adviser (id, authority_id, support_id, adviser, from_date, recorded_by, recorded_at)";
    private static final String PLAN = "pathway_plan (id, authority_id, person_id, plan_date, summary, recorded_by, recorded_at)";
    private static final String CONTACT = "care_leaver_contact (id, authority_id, person_id, age, contact_date, in_touch, activity, accommodation,"
            + " recorded_by, recorded_at)";

    private static final String[] ADVISERS = {"Priya Okafor", "Sam Novak", "Tunde Ibe", "Grace Whitlock", "Marek Zielinski"};
    private static final String[] PLANS = {"Staying put with former foster carers; college course; driving lessons funded.",
        "Own tenancy with floating support; apprenticeship with the council; budgeting help.",
        "Supported lodgings; looking for work; health appointment booked for anxiety.",
        "University in the autumn: accommodation, bursary and vacation housing agreed."};
    private static final String[] ACTIVITIES = {"F1", "F2", "F2", "P2", "F4", "F5", "F5", "P5", "G4", "G5", "G6", "G6"};
    private static final String[] ACCOMMODATION = {"Z1", "Z1", "U1", "U1", "U1", "E1", "D1", "T1", "B1", "K1", "S2", "W2", "U2"};

    private final CopyBatch rows;
    private final IdBlock ids;
    private final RandomGenerator random;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;

    LeavingCareRecords(CopyBatch rows, IdBlock ids, RandomGenerator random, short authority, LocalDate today, Instant loadedAt) {
        this.rows = rows;
        this.ids = ids;
        this.random = random;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
    }

    /** Support from {@code start} (the day the young person left care) for a young person born on {@code born}. */
    void write(long person, LocalDate born, LocalDate start, String worker, List<JourneyRecords.Row> events) {
        var supportId = ids.next("care_leaver_support");
        rows.row(SUPPORT, supportId, authority, person, start, worker, loadedAt);
        events.add(new JourneyRecords.Row(CaseEventKind.CARE_LEAVER_SUPPORT_STARTED, start, "care_leaver_support", supportId));
        var adviser = random.nextInt(ADVISERS.length);
        rows.row(ADVISER, ids.next("personal_adviser"), authority, supportId, ADVISERS[adviser], start, worker, loadedAt);
        var handover = start.plusDays(200 + random.nextInt(400));
        if (random.nextInt(4) == 0 && handover.isBefore(today)) {
            rows.row(ADVISER, ids.next("personal_adviser"), authority, supportId, ADVISERS[(adviser + 1) % ADVISERS.length], handover, worker, loadedAt);
        }
        // The first pathway plan while still looked after at 17, then about every six months; one in eight late.
        var plan = start.minusDays(30 + random.nextInt(90));
        while (!plan.isAfter(today)) {
            var id = ids.next("pathway_plan");
            rows.row(PLAN, id, authority, person, plan, PLANS[random.nextInt(PLANS.length)], worker, loadedAt);
            events.add(new JourneyRecords.Row(CaseEventKind.PATHWAY_PLAN, plan, "pathway_plan", id));
            plan = plan.plusMonths(6).minusDays(random.nextInt(20)).plusDays(random.nextInt(8) == 0 ? 30 + random.nextInt(40) : 0);
        }
        for (int age = 18; age <= 25; age++) {
            var birthday = born.plusYears(age);
            if (birthday.minusMonths(3).isAfter(today) || random.nextInt(12) == 0) {
                continue;
            }
            var contact = birthday.minusDays(random.nextInt(80)).plusDays(random.nextInt(25));
            if (contact.isAfter(today)) {
                continue;
            }
            var inTouch = random.nextInt(10) > 0 ? "YES" : random.nextBoolean() ? "NO" : "REFU";
            var known = inTouch.equals("YES");
            rows.row(CONTACT, ids.next("care_leaver_contact"), authority, person, age, contact, inTouch,
                    known ? ACTIVITIES[random.nextInt(ACTIVITIES.length)] : "0", known ? ACCOMMODATION[random.nextInt(ACCOMMODATION.length)] : "0", worker, loadedAt);
        }
    }
}
