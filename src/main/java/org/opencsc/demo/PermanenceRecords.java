package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.CareHistory.LegalStatusChange;
import org.opencsc.care.Placement;

/**
 * The adoptions and orders behind a generated period of care, agreeing with it: a child placed for
 * adoption (A3 to A6) had the decision, the placement order and the match before the move, and an
 * adoption order on the day care ended E11 or E12; a child still waiting has the steps so far; a
 * few young children's plans were reversed; and care that ended with a special guardianship or
 * child arrangements order (E41, E45 to E48) has the order.
 */
final class PermanenceRecords {

    private static final String PLAN = "adoption_plan (id, authority_id, person_id, decision_date, authority_to_place, authority_date, match_date,"
            + " adoptive_family, foster_carer_adoption, placed_date, order_date, consent_dispensed, ceased_date, ceased_reason, recorded_by, recorded_at)";
    private static final String ORDER = "permanence_order (id, authority_id, person_id, care_period_id, kind, order_date, carers, reason_ceased,"
            + " support_plan, recorded_by, recorded_at)";

    /** A demo child matched with adopters: the adopters' record of the match is written once the families exist. */
    record Matched(long personId, LocalDate matched, LocalDate placed, LocalDate adopted) {
    }

    private final List<Matched> matched = new ArrayList<>();
    private final CopyBatch rows;
    private final IdBlock ids;
    private final RandomGenerator random;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;

    PermanenceRecords(CopyBatch rows, IdBlock ids, RandomGenerator random, short authority, LocalDate today, Instant loadedAt) {
        this.rows = rows;
        this.ids = ids;
        this.random = random;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
    }

    void write(CarePeriod period, LocalDate born, String worker) {
        var placementOrder = period.legalStatuses().stream().filter(s -> s.code().equals("E1")).map(LegalStatusChange::from).findFirst().orElse(null);
        var adoptive = period.placements().stream().filter(p -> p.place().matches("A[3-6]")).findFirst().orElse(null);
        if (placementOrder != null) {
            adoption(period, placementOrder, adoptive, worker);
        } else if (period.open() && born != null && ChronoUnit.YEARS.between(born, period.startDate()) < 5
                && period.startDate().isBefore(today.minusDays(400)) && random.nextInt(4) == 0) {
            reversed(period, worker);
        }
        if (period.reasonCeased() != null && period.reasonCeased().matches("E41|E4[5-8]")) {
            var sgo = !period.reasonCeased().equals("E41");
            rows.row(ORDER, ids.next("permanence_order"), authority, period.personId(), period.id(), sgo ? "SGO" : "CAO", period.endDate(),
                    period.placements().getLast().carer(), period.reasonCeased(), sgo ? random.nextInt(10) > 0 : null, worker, loadedAt);
        }
    }

    /** The steps of an adoption under a placement order, each before the next, as far as the period has gone. */
    private void adoption(CarePeriod period, LocalDate placementOrder, Placement adoptive, String worker) {
        var decision = latest(period.startDate().plusDays(1), placementOrder.minusDays(40 + random.nextInt(60)));
        LocalDate match = null;
        String family = null;
        Boolean fosterCarers = null;
        if (adoptive != null) {
            match = latest(placementOrder, adoptive.start().minusDays(14 + random.nextInt(40)));
            family = adoptive.carer();
            fosterCarers = adoptive.place().equals("A5") || adoptive.place().equals("A3");
        } else if (placementOrder.isBefore(today.minusDays(90)) && random.nextInt(3) == 0) {
            // Matched in the last few weeks; the introductions are under way.
            match = latest(placementOrder, today.minusDays(7 + random.nextInt(40)));
            family = "Mr and Mrs " + NameBank.pick(NameBank.FAMILY, random) + " (adopters)";
            fosterCarers = false;
        }
        var adopted = period.reasonCeased() != null && period.reasonCeased().matches("E1[12]");
        if (match != null) {
            matched.add(new Matched(period.personId(), match, adoptive == null ? null : adoptive.start(), adopted ? period.endDate() : null));
        }
        rows.row(PLAN, ids.next("adoption_plan"), authority, period.personId(), decision, "PLACEMENT_ORDER", placementOrder, match, family, fosterCarers,
                adoptive == null ? null : adoptive.start(), adopted ? period.endDate() : null, adopted ? period.reasonCeased().equals("E12") : null,
                null, null, worker, loadedAt);
    }

    /** A decision that a young child should be adopted, later reversed: the family was assessed again, or no adopters were found. */
    private void reversed(CarePeriod period, String worker) {
        var decision = period.startDate().plusDays(120 + random.nextInt(120));
        var ceased = decision.plusDays(150 + random.nextInt(150));
        if (ceased.isAfter(today)) {
            return;
        }
        rows.row(PLAN, ids.next("adoption_plan"), authority, period.personId(), decision, null, null, null, null, null, null, null, null,
                ceased, random.nextBoolean() ? "RD1" : "RD3", worker, loadedAt);
    }

    /** The children matched with adopters, in the order they were written. */
    List<Matched> matched() {
        return List.copyOf(matched);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
