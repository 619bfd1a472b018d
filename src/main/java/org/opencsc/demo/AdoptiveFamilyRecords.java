package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The council's prospective adopters, in turn at every point of the journey: new enquiries, stage
 * one in time and late, between the stages, stage two in time and late (a third of those on the
 * fast track), approved and waiting for weeks or for many months (some fostering for adoption),
 * families that left in the last year for the reasons that fit where they were, and a few matched,
 * with children placed or adopted. Those matched children are placed through other agencies here;
 * the demo's own children waiting for adoption are matched with the waiting families through
 * {@link #matchWith}.
 */
final class AdoptiveFamilyRecords {

    private static final String FAMILY = "adoptive_family (id, authority_id, name, fast_track, enquiry_on, stage_one_started_on, stage_one_ended_on,"
            + " application_on, panel_on, approved_on, fostering_for_adoption_on, left_on, left_reason, left_notes, recorded_by, recorded_at)";
    private static final String ADOPTER = "adopter (id, authority_id, family_id, given_name, family_name, sex, ethnicity, disability, recorded_by,"
            + " recorded_at)";
    private static final String MATCH = "adopter_match (id, authority_id, family_id, person_id, child, matched_on, placed_on, order_on, ended_on,"
            + " recorded_by, recorded_at)";
    private static final String WORKER = "demo";
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WBRI", "WIRI", "WOTH", "MWBC", "AIND", "APKN", "BCRB", "BAFR"};
    private static final String[] OTHER_AGENCIES = {"Eastmere Council", "Southby Council", "a regional adoption agency", "Westholme Council"};
    private static final int TURNS = 12;

    /** An approved family waiting for a match, as the demo's children's adoptions can use it. */
    record Waiting(long familyId, LocalDate approvedOn) {
    }

    private final RandomGenerator random;
    private final IdBlock ids;
    private final CopyBatch rows;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;
    private final List<Waiting> waiting = new ArrayList<>();

    AdoptiveFamilyRecords(RandomGenerator random, IdBlock ids, CopyBatch rows, short authority, LocalDate today, Instant loadedAt) {
        this.random = random;
        this.ids = ids;
        this.rows = rows;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
    }

    /** The journey's dates, filled in backwards from the latest step so that none is in the future or out of order. */
    private static final class Journey {
        LocalDate enquiry;
        LocalDate stageOneStarted;
        LocalDate stageOneEnded;
        LocalDate application;
        LocalDate panel;
        LocalDate approved;
        LocalDate fosteringForAdoption;
        LocalDate left;
        String reason;
        String fastTrack;
    }

    /** Writes this many families (at least one full turn of the journey); returns how many. */
    int build(int count) {
        for (int i = 0; i < Math.max(count, TURNS); i++) {
            family(i);
        }
        return Math.max(count, TURNS);
    }

    /** Approved families not matched, longest waiting first. */
    List<Waiting> waiting() {
        return waiting.stream().sorted(java.util.Comparator.comparing(Waiting::approvedOn)).toList();
    }

    /** A demo child matched with a family (and placed, and adopted, when those dates are given): the family's side of the child's adoption. */
    void matchWith(long familyId, long personId, LocalDate matched, LocalDate placed, LocalDate order) {
        rows.row(MATCH, ids.next("adopter_match"), authority, familyId, personId, null, matched, placed, order, null, WORKER, loadedAt);
        waiting.removeIf(w -> w.familyId() == familyId);
    }

    private int days(int from, int span) {
        return from + random.nextInt(span);
    }

    private void family(int index) {
        var turn = index % TURNS;
        var journey = new Journey();
        LocalDate matched = null;
        LocalDate placed = null;
        LocalDate order = null;
        switch (turn) {
            case 0 -> journey.enquiry = today.minusDays(days(0, 25));
            case 1 -> journey.stageOneStarted = today.minusDays(days(5, 35));
            case 2 -> journey.stageOneStarted = today.minusMonths(2).minusDays(days(5, 50));
            case 3 -> journey.stageOneEnded = today.minusDays(days(10, 60));
            case 4 -> journey.application = today.minusDays(days(10, 80));
            case 5 -> journey.application = today.minusMonths(4).minusDays(days(5, 80));
            case 6 -> journey.approved = today.minusDays(days(20, 70));
            case 7 -> journey.approved = today.minusMonths(8).minusDays(days(0, 180));
            case 8 -> leaving(journey, (index / TURNS) % 4);
            case 9 -> matched = today.minusDays(days(5, 40));
            case 10 -> placed = today.minusDays(days(10, 150));
            default -> order = today.minusDays(days(10, 200));
        }
        if (order != null) {
            placed = order.minusDays(days(150, 150));
        }
        if (placed != null) {
            matched = placed.minusDays(days(14, 30));
        }
        if (matched != null) {
            journey.approved = matched.minusDays(days(40, 300));
        }
        if ((turn == 4 || turn == 5) && random.nextInt(3) == 0) {
            journey.fastTrack = random.nextBoolean() ? "FOSTER_CARERS" : "PREVIOUS_ADOPTERS";
        }
        fillBackwards(journey);
        if (journey.approved != null && (turn == 7 || turn == 9) && random.nextInt(3) == 0) {
            journey.fosteringForAdoption = journey.approved.plusDays(days(0, 30));
        }
        var id = write(journey);
        if (matched != null) {
            var children = random.nextInt(3) == 0 ? 2 : 1;
            var agency = OTHER_AGENCIES[random.nextInt(OTHER_AGENCIES.length)];
            for (int c = 0; c < children; c++) {
                var child = (random.nextBoolean() ? "A boy" : "A girl") + " aged " + (1 + random.nextInt(4)) + ", looked after by " + agency;
                rows.row(MATCH, ids.next("adopter_match"), authority, id, null, child, matched, placed, order, null, WORKER, loadedAt);
            }
        } else if (journey.approved != null && journey.left == null) {
            waiting.add(new Waiting(id, journey.approved));
        }
    }

    /** The family a demo child was matched with: approved some months before the match, with the child's match, move and order. */
    void adopting(long personId, LocalDate matched, LocalDate placed, LocalDate order) {
        var journey = new Journey();
        journey.approved = matched.minusDays(days(40, 300));
        fillBackwards(journey);
        var id = write(journey);
        rows.row(MATCH, ids.next("adopter_match"), authority, id, personId, null, matched, placed, order, null, WORKER, loadedAt);
    }

    /** The family and its one or two adopters; answers the family's id. */
    private long write(Journey journey) {
        var id = ids.next("adoptive_family");
        var surname = NameBank.pick(NameBank.FAMILY, random);
        var couple = random.nextInt(4) != 0;
        var secondSurname = couple && random.nextInt(6) == 0 ? NameBank.pick(NameBank.FAMILY, random) : surname;
        var name = secondSurname.equals(surname) ? surname + " family" : surname + " and " + secondSurname + " family";
        rows.row(FAMILY, id, authority, name, journey.fastTrack, journey.enquiry, journey.stageOneStarted, journey.stageOneEnded,
                journey.application, journey.panel, journey.approved, journey.fosteringForAdoption, journey.left, journey.reason, null, WORKER, loadedAt);
        var firstIsWoman = !couple || random.nextInt(8) != 0;
        adopter(id, firstIsWoman, surname);
        if (couple) {
            adopter(id, random.nextInt(10) == 0 ? firstIsWoman : !firstIsWoman, secondSurname);
        }
        return id;
    }

    /** A family that left within the last year: during stage one, found not suitable, not approved, or resigning after approval. */
    private void leaving(Journey journey, int why) {
        journey.left = today.minusDays(days(10, 300));
        switch (why) {
            case 0 -> {
                journey.reason = "WITHDREW";
                journey.stageOneStarted = journey.left.minusDays(days(10, 40));
            }
            case 1 -> {
                journey.reason = "NOT_SUITABLE";
                journey.stageOneStarted = journey.left.minusDays(days(45, 30));
            }
            case 2 -> {
                journey.reason = "NOT_APPROVED";
                journey.application = journey.left.minusDays(days(100, 40));
            }
            default -> {
                journey.reason = "RESIGNED";
                journey.approved = journey.left.minusDays(days(60, 300));
            }
        }
    }

    private void fillBackwards(Journey journey) {
        if (journey.approved != null) {
            // Most approvals come within the 4 months of stage two; some take longer.
            journey.panel = journey.approved.minusDays(days(5, 14));
            journey.application = journey.panel.minusDays(days(80, 60));
        }
        if (journey.application != null && journey.fastTrack == null) {
            journey.stageOneEnded = journey.application.minusDays(days(5, 60));
        }
        if (journey.stageOneEnded != null) {
            journey.stageOneStarted = journey.stageOneEnded.minusDays(days(40, 35));
        }
        var first = journey.stageOneStarted != null ? journey.stageOneStarted : journey.application;
        if (first != null) {
            journey.enquiry = first.minusDays(days(7, 30));
        }
    }

    private void adopter(long familyId, boolean woman, String surname) {
        var disability = random.nextInt(12) == 0 ? "YES" : random.nextInt(15) == 0 ? "NOT_KNOWN" : "NO";
        rows.row(ADOPTER, ids.next("adopter"), authority, familyId, NameBank.pick(woman ? NameBank.WOMEN : NameBank.MEN, random), surname,
                woman ? "F" : "M", ETHNICITIES[random.nextInt(ETHNICITIES.length)], disability, WORKER, loadedAt);
    }
}
