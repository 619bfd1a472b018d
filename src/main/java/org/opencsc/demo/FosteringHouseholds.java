package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.opencsc.carers.ApprovalTimeline;
import org.opencsc.carers.ReviewSchedule;

/**
 * The council's fostering households: foster carers approved some years ago and reviewed about
 * yearly (a few reviews late, some late now), and connected persons (relatives and friends) with
 * a regulation 24 temporary approval: some recent, some expiring within weeks, one or two past
 * expiry with no decision, some extended once after the panel's view, some approved in full and a
 * few refused.
 */
final class FosteringHouseholds {

    private static final String HOUSEHOLD = "carer_household (id, authority_id, name, address, postcode, kind, status, approval_date, age_from, age_to,"
            + " capacity, terms, recorded_by, recorded_at)";
    private static final String REVIEW = "carer_approval_review (id, authority_id, household_id, review_date, panel_date, outcome, notes, recorded_by,"
            + " recorded_at)";
    private static final String APPROVAL = "connected_person_approval (id, authority_id, household_id, start_date, expires_on, extension_requested,"
            + " panel_view_date, panel_view, decision_date, decided_by, extension_agreed, extended_to, outcome, outcome_date, recorded_by, recorded_at)";
    private static final String WORKER = "demo";
    private static final String[] OFFICERS = {"H. Adeyemi (nominated officer)", "P. Marsh (nominated officer)"};

    private final RandomGenerator random;
    private final IdBlock ids;
    private final CopyBatch rows;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;

    FosteringHouseholds(RandomGenerator random, IdBlock ids, CopyBatch rows, short authority, LocalDate today, Instant loadedAt) {
        this.random = random;
        this.ids = ids;
        this.rows = rows;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
    }

    /** Writes about this many households; returns how many. */
    int build(int count) {
        for (int i = 0; i < count; i++) {
            if (i % 4 == 3) {
                connectedPerson(i);
            } else {
                fosterCarers();
            }
        }
        return count;
    }

    private String address() {
        return (1 + random.nextInt(120)) + " " + NameBank.pick(NameBank.STREETS, random) + ", " + NameBank.pick(NameBank.TOWNS, random);
    }

    private void fosterCarers() {
        var id = ids.next("carer_household");
        var family = NameBank.pick(NameBank.FAMILY, random);
        var name = random.nextInt(3) == 0 ? NameBank.pick(NameBank.WOMEN, random) + " " + family : "Mr and Mrs " + family;
        var approved = today.minusDays(200 + random.nextInt(3000));
        var ageFrom = random.nextInt(3) == 0 ? 0 : random.nextInt(10);
        var capacity = 1 + random.nextInt(3);
        rows.row(HOUSEHOLD, id, authority, name, address(), NameBank.postcode(random), "FOSTER", "APPROVED", approved, ageFrom,
                Math.max(ageFrom, 17 - random.nextInt(6)), capacity, random.nextInt(5) == 0 ? "Short breaks as well as long-term care" : null, WORKER,
                loadedAt);
        // Reviewed about yearly: mostly on time, some a few weeks late; one household in eight has a review late now.
        var lateNow = random.nextInt(8) == 0;
        var held = new java.util.ArrayList<LocalDate>();
        while (true) {
            var due = ReviewSchedule.nextDue(approved, held);
            if (lateNow && due.isBefore(today)) {
                break;
            }
            var date = random.nextInt(6) == 0 ? due.plusDays(1 + random.nextInt(40)) : due.minusDays(random.nextInt(45));
            if (!date.isBefore(today)) {
                break;
            }
            rows.row(REVIEW, ids.next("carer_approval_review"), authority, id, date, held.isEmpty() ? date.plusDays(14 + random.nextInt(28)) : null,
                    "CONTINUE", held.isEmpty() ? "First review: went to the fostering panel." : "Annual review.", WORKER, loadedAt);
            held.add(date);
        }
    }

    private void connectedPerson(int index) {
        var id = ids.next("carer_household");
        var family = NameBank.pick(NameBank.FAMILY, random);
        var relative = new String[]{"grandmother", "grandparents", "aunt", "uncle", "family friend", "adult sister"}[random.nextInt(6)];
        var name = (relative.equals("grandparents") ? "Mr and Mrs " : NameBank.pick(NameBank.WOMEN, random) + " ") + family + " (" + relative + ")";
        // Where the temporary approval stands, by turn: recent, expiring within 4 weeks, past expiry, extended, approved, refused.
        var stage = (index / 4) % 6;
        LocalDate start = switch (stage) {
            case 0 -> today.minusWeeks(1 + random.nextInt(8));
            case 1 -> today.minusWeeks(13).minusDays(random.nextInt(20));
            case 2 -> today.minusWeeks(16).minusDays(3 + random.nextInt(20));
            case 3 -> today.minusWeeks(17).minusDays(random.nextInt(30));
            default -> today.minusDays(200 + random.nextInt(900));
        };
        var expiry = ApprovalTimeline.expiry(start);
        LocalDate approvedOn = stage == 4 ? expiry.minusDays(random.nextInt(30)) : null;
        var status = switch (stage) {
            case 4 -> "APPROVED";
            case 5 -> "REFUSED";
            default -> "TEMPORARY";
        };
        rows.row(HOUSEHOLD, id, authority, name, address(), NameBank.postcode(random), "CONNECTED_PERSON", status, approvedOn, 0, 17,
                1 + random.nextInt(2), "For the named child and siblings only", WORKER, loadedAt);
        LocalDate requested = null;
        LocalDate panel = null;
        LocalDate decision = null;
        LocalDate extendedTo = null;
        if (stage == 3) {
            requested = expiry.minusWeeks(4);
            panel = requested.plusDays(7);
            decision = panel.plusDays(3);
            extendedTo = expiry.plusWeeks(ApprovalTimeline.MAX_EXTENSION_WEEKS);
        }
        var outcome = stage == 4 ? "APPROVED" : stage == 5 ? "REFUSED" : null;
        var outcomeDate = stage == 4 ? approvedOn : stage == 5 ? expiry.minusDays(random.nextInt(20)) : null;
        rows.row(APPROVAL, ids.next("connected_person_approval"), authority, id, start, expiry, requested, panel,
                panel == null ? null : "The panel supports more time for the viability assessment to finish.", decision,
                decision == null ? null : OFFICERS[random.nextInt(OFFICERS.length)], decision == null ? null : Boolean.TRUE, extendedTo, outcome,
                outcomeDate, WORKER, loadedAt);
        if (stage == 4) {
            var due = ReviewSchedule.nextDue(approvedOn, java.util.List.of());
            if (due.isBefore(today.minusDays(60))) {
                rows.row(REVIEW, ids.next("carer_approval_review"), authority, id, due.minusDays(random.nextInt(20)), due, "CONTINUE",
                        "First review: went to the fostering panel.", WORKER, loadedAt);
            }
        }
    }
}
