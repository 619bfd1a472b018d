package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * Writes the joint housing and children's services pathways of 16 and 17-year-olds who presented
 * as homeless. Every young person who came into care at 16 or 17 in the last two years came by
 * this pathway, accommodated under section 20; of the 17-year-olds never looked after, one in six
 * presented in the last few months, taking each of the other outcomes in turn, so that the demo
 * always has one of every outcome, one open and late, and one just referred. Nothing here draws
 * on the authority's random numbers, so adding pathways leaves every other demo record as it was.
 */
final class HomelessPathwayRecords {

    private static final String PATHWAY = "homeless_pathway (id, authority_id, person_id, presented_date, presented_time, presented_to,"
            + " housing_referrer, referred_date, emergency_needed, emergency_kind, emergency_date, seen_date, assessment_started, lead_worker,"
            + " housing_officer, advice_date, advice_by, s20_decision, decision_date, assessment_completed, outcome, housing_decision, closed_date,"
            + " recorded_by, recorded_at)";
    private static final String HOUSING = "Northwold housing options";
    private static final String OFFICER = "J. Patel (housing options)";
    private static final String ADVOCATE = "Children's rights advocacy service";

    private final CopyBatch rows;
    private final IdBlock ids;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;
    private int seventeenYearOlds;

    HomelessPathwayRecords(CopyBatch rows, IdBlock ids, short authority, LocalDate today, Instant loadedAt) {
        this.rows = rows;
        this.ids = ids;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
    }

    /** A young person who became looked after at 16 or 17 in the last two years: they presented that day and were accommodated under s20. */
    void intoCare(long child, LocalDate born, LocalDate lookedAfter, String worker) {
        var age = Period.between(born, lookedAfter).getYears();
        if (age < 16 || age > 17 || lookedAfter.isBefore(today.minusYears(2))) {
            return;
        }
        var completed = lookedAfter.plusDays(9);
        var done = !completed.isAfter(today);
        rows.row(PATHWAY, ids.next("homeless_pathway"), authority, child, lookedAfter, "16:05", "HOUSING", HOUSING, lookedAfter, true,
                "SUPPORTED_LODGINGS", lookedAfter, lookedAfter, lookedAfter, worker, OFFICER, lookedAfter, ADVOCATE, "ACCEPTED", lookedAfter,
                done ? completed : null, done ? "ACCOMMODATED_S20" : null, null, done ? completed : null, worker, loadedAt);
    }

    /** One in six 17-year-olds never looked after presented in the last few months; the outcomes go round in turn. */
    void presented(long child, LocalDate born, String worker) {
        if (born == null || Period.between(born, today).getYears() != 17 || seventeenYearOlds++ % 6 != 0) {
            return;
        }
        var id = ids.next("homeless_pathway");
        switch (seventeenYearOlds / 6 % 6) {
            case 0 -> {
                // Open and late: referred 40 days ago, the joint assessment still not done.
                var day = today.minusDays(40);
                rows.row(PATHWAY, id, authority, child, day, "14:10", "HOUSING", HOUSING, day, true, "NIGHTSTOP", day, day, day.plusDays(1), worker,
                        OFFICER, null, null, null, null, null, null, null, null, worker, loadedAt);
            }
            case 1 -> {
                var day = today.minusDays(150);
                rows.row(PATHWAY, id, authority, child, day, "11:30", "CHILDRENS_SERVICES", null, day, false, null, null, day, day, worker, OFFICER,
                        day.plusDays(2), ADVOCATE, "NOT_OFFERED", day.plusDays(3), day.plusDays(8), "RETURNED_HOME", "NO_APPLICATION", day.plusDays(20),
                        worker, loadedAt);
            }
            case 2 -> {
                var day = today.minusDays(120);
                rows.row(PATHWAY, id, authority, child, day, "15:45", "HOUSING", HOUSING, day, true, "FAMILY_OR_FRIENDS", day, day, day.plusDays(1),
                        worker, OFFICER, day.plusDays(2), ADVOCATE, "NOT_OFFERED", day.plusDays(5), day.plusDays(12), "CHILD_IN_NEED_S17",
                        "PREVENTION_DUTY", day.plusDays(30), worker, loadedAt);
            }
            case 3 -> {
                var day = today.minusDays(90);
                rows.row(PATHWAY, id, authority, child, day, "10:20", "HOUSING", HOUSING, day, true, "SUPPORTED_ACCOMMODATION", day, day,
                        day.plusDays(1), worker, OFFICER, day.plusDays(2), ADVOCATE, "DECLINED", day.plusDays(4), day.plusDays(14),
                        "DECLINED_S20_HOUSING", "RELIEF_DUTY", day.plusDays(21), worker, loadedAt);
            }
            case 4 -> {
                // Presented after office hours: seen the next day, found to have a home to go back to.
                var day = today.minusDays(60);
                rows.row(PATHWAY, id, authority, child, day, "18:30", "CHILDRENS_SERVICES", null, day, false, null, null, day.plusDays(1),
                        day.plusDays(1), worker, OFFICER, null, null, "NOT_OFFERED", day.plusDays(2), day.plusDays(5), "NO_FURTHER_ACTION",
                        "NOT_HOMELESS", day.plusDays(5), worker, loadedAt);
            }
            default -> {
                // Just referred by housing; the young person is seen today.
                var day = today.minusDays(1);
                rows.row(PATHWAY, id, authority, child, day, "09:40", "HOUSING", HOUSING, today, false, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, worker, loadedAt);
            }
        }
    }
}
