package org.opencsc.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.opencsc.child.CaseloadEntry;
import org.opencsc.child.ChildRecordService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Placement stability across the authority, from the same periods of care and the same rules the child's Care tab shows. */
@Service
public class PlacementStabilityService {

    private final CareRepository repository;
    private final ChildRecordService records;
    private final Clock clock;

    PlacementStabilityService(CareRepository repository, ChildRecordService records, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public PlacementStability on(LocalDate day) {
        var ids = repository.lookedAfterOn(day);
        var periods = repository.periodsOf(ids, false);
        var births = records.datesOfBirth(ids);
        int threeOrMore = 0;
        int counted = 0;
        int stable = 0;
        var unstableYear = new ArrayList<PlacementStability.Child>();
        var notStable = new ArrayList<PlacementStability.Child>();
        var current = new HashMap<Long, CarePeriod>();
        periods.forEach((personId, list) -> list.stream()
                .filter(p -> !p.startDate().isAfter(day) && (p.endDate() == null || p.endDate().isAfter(day)))
                .findFirst().ifPresent(p -> current.put(personId, p)));
        var named = new java.util.HashSet<Long>();
        for (var entry : current.entrySet()) {
            var period = entry.getValue();
            var moves = period.placementsInYearTo(day);
            var stability = period.stabilityOn(day, births.get(entry.getKey()));
            if (moves >= 3) {
                threeOrMore++;
                named.add(entry.getKey());
            }
            if (stability != LongTermStability.NOT_COUNTED) {
                counted++;
            }
            if (stability == LongTermStability.STABLE) {
                stable++;
            } else if (stability == LongTermStability.UNSTABLE) {
                named.add(entry.getKey());
            }
        }
        // Only the children behind the figures are named, and only those the reader may see.
        var children = new java.util.LinkedHashMap<Long, CaseloadEntry>();
        records.caseloadOf(named).forEach(child -> children.putIfAbsent(child.personId(), child));
        for (var child : children.values()) {
            var period = current.get(child.personId());
            var moves = period.placementsInYearTo(day);
            var row = new PlacementStability.Child(child, moves, period.withSameCarersSince(day), period.stabilityOn(day, child.dateOfBirth()));
            if (moves >= 3) {
                unstableYear.add(row);
            }
            if (row.stability() == LongTermStability.UNSTABLE) {
                notStable.add(row);
            }
        }
        Comparator<PlacementStability.Child> byName = Comparator.comparing((PlacementStability.Child c) -> c.child().familyName())
                .thenComparing(c -> c.child().givenName());
        unstableYear.sort(Comparator.comparingLong(PlacementStability.Child::placementsInYear).reversed().thenComparing(byName));
        notStable.sort(byName);
        return new PlacementStability(day, current.size(), threeOrMore, counted, stable, List.copyOf(unstableYear), List.copyOf(notStable));
    }
}
