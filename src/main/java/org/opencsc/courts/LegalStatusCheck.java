package org.opencsc.courts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencsc.care.CarePeriod;
import org.opencsc.courts.CareProceedings.CourtOrder;
import org.opencsc.platform.FieldProblems;

/**
 * Whether the care record shows what the court ordered. Orders are recorded here and legal
 * statuses on the Care tab; when the latest order calls for a legal status the child does not
 * have (an interim care order but no C1), or ended one the child still has, the page says so.
 */
final class LegalStatusCheck {

    /** Legal statuses that only a court's care order gives, and that an order ending the proceedings otherwise takes away. */
    private static final Set<String> ORDER_STATUSES = Set.of("C1", "C2");
    /** An emergency protection order lasts up to 8 days (Children Act 1989 s45(1)). */
    private static final int EPO_DAYS = 8;

    private LegalStatusCheck() {
    }

    /** The child's legal status now: the current status of an open period of care, or empty when not looked after. */
    static Optional<String> current(List<CarePeriod> periods) {
        return periods.stream().filter(CarePeriod::open).findFirst().map(CarePeriod::currentLegalStatus);
    }

    static List<String> warnings(List<CareProceedings> proceedings, List<CarePeriod> periods, LocalDate today) {
        var status = current(periods);
        // Of orders made the same day (a care order with a placement order), the one the legal status already shows stands.
        var latest = proceedings.stream().flatMap(p -> p.orders().stream()).max(Comparator.comparing(CourtOrder::orderDate)
                .thenComparing(o -> status.isPresent() && status.get().equals(o.kind().legalStatus())).thenComparing(o -> o.kind().concludes()));
        if (latest.isEmpty()) {
            return List.of();
        }
        var order = latest.get();
        var made = order.kind().label() + " made on " + FieldProblems.spoken(order.orderDate());
        var warnings = new ArrayList<String>();
        var expected = order.kind().legalStatus();
        if (expected != null) {
            if (order.kind() == OrderKind.EMERGENCY_PROTECTION_ORDER && today.isAfter(order.orderDate().plusDays(EPO_DAYS))) {
                return List.of();
            }
            var reflectedThenEnded = status.isEmpty() && periods.stream().anyMatch(p -> !p.open() && !p.endDate().isBefore(order.orderDate()));
            if (status.isEmpty() && !reflectedThenEnded) {
                warnings.add(made + ", but the child is not looked after: start the period of care on the Care tab with legal status " + expected);
            } else if (status.isPresent() && !status.get().equals(expected)) {
                warnings.add(made + ", but the child's legal status is " + status.get() + ": record the change to " + expected + " on the Care tab");
            }
        } else if (order.kind().concludes() && status.filter(ORDER_STATUSES::contains).isPresent()) {
            warnings.add("The proceedings ended with " + (order.kind() == OrderKind.WITHDRAWN ? "the application withdrawn" : order.kind().label()
                    .toLowerCase()) + " on " + FieldProblems.spoken(order.orderDate()) + ", but the child is still looked after under "
                    + status.get() + ": record the change of legal status or the end of the period of care on the Care tab");
        } else if (!order.kind().concludes() && order.kind() == OrderKind.INTERIM_SUPERVISION_ORDER && status.filter("C1"::equals).isPresent()) {
            warnings.add(made + ", but the child is looked after under C1 (interim care order): check the order and the legal status");
        }
        return warnings;
    }
}
