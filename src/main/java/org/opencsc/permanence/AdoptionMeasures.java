package org.opencsc.permanence;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.PlacementType;
import org.opencsc.platform.Coded;

/**
 * The adoption scorecard's measures for one child, from the adoption as recorded and the child's
 * care: A1, days from entering care to moving in with the adoptive family; A10, the same counted
 * to the day the child moved in with the carers who adopted them (foster carers who adopt, and
 * fostering for adoption, start the clock earlier); A2, days from the authority to place to the
 * match. Each is null until both its dates are known.
 */
public record AdoptionMeasures(LocalDate enteredCare, LocalDate fosteringForAdoption, LocalDate movedInWithAdopters, Long a1, Long a2, Long a10) {

    /** The scorecard's thresholds in days: 14 months for A1 and A10, 4 months for A2. */
    public static final long A1_THRESHOLD = 426;
    public static final long A2_THRESHOLD = 121;

    public static AdoptionMeasures of(AdoptionPlan plan, List<CarePeriod> periods) {
        var period = periods.stream()
                .filter(p -> !p.startDate().isAfter(plan.decisionDate()) && (p.endDate() == null || !p.endDate().isBefore(plan.decisionDate())))
                .findFirst().orElse(null);
        var entered = period == null ? null : period.startDate();
        var ffa = period == null ? null : period.placements().stream()
                .filter(p -> Coded.fromCode(PlacementType.class, p.place()).map(PlacementType::fosteringForAdoption).orElse(false))
                .map(p -> p.start()).findFirst().orElse(null);
        var movedIn = period == null || plan.placedDate() == null ? null : period.withSameCarersSince(plan.placedDate());
        return new AdoptionMeasures(entered, ffa, movedIn, days(entered, plan.placedDate()), days(plan.authorityDate(), plan.matchDate()),
                days(entered, movedIn == null ? plan.placedDate() : movedIn));
    }

    private static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : DAYS.between(from, to);
    }

    public boolean a1WithinThreshold() {
        return a1 != null && a1 <= A1_THRESHOLD;
    }

    public boolean a2WithinThreshold() {
        return a2 != null && a2 <= A2_THRESHOLD;
    }

    public boolean a10WithinThreshold() {
        return a10 != null && a10 <= A1_THRESHOLD;
    }
}
