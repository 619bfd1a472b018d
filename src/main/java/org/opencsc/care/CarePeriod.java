package org.opencsc.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencsc.care.CareHistory.LegalStatusChange;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.Milestone;
import org.opencsc.platform.Coded;

/**
 * A period of care as recorded: from becoming looked after to ceasing to be, with its legal
 * statuses, placements, care plans and reviews. Its SSDA903 episodes are derived, never typed.
 */
public record CarePeriod(long id, long personId, LocalDate startDate, LocalDate endDate, String reasonCeased, List<LegalStatusChange> legalStatuses,
                         List<Placement> placements, List<CarePlan> carePlans, List<CareReview> reviews, int version) {

    public CarePeriod {
        legalStatuses = List.copyOf(legalStatuses);
        placements = List.copyOf(placements);
        carePlans = List.copyOf(carePlans);
        reviews = List.copyOf(reviews);
    }

    public boolean open() {
        return endDate == null;
    }

    public CareHistory history() {
        return new CareHistory(startDate, endDate, reasonCeased, legalStatuses, placements);
    }

    /** The SSDA903 episodes of this period, derived from its legal statuses and placements. */
    public List<Episode> episodes() {
        return EpisodeBuilder.episodes(history());
    }

    public Optional<Placement> currentPlacement() {
        return placements.stream().filter(Placement::open).findFirst();
    }

    /** The legal status in force today (or on the last day of a period that has ended). */
    public String currentLegalStatus() {
        return legalStatuses.getLast().code();
    }

    public String legalStatusLabel(String code) {
        return Coded.fromCode(LegalStatus.class, code).map(LegalStatus::label).orElse(code);
    }

    public String reasonCeasedLabel() {
        return reasonCeased == null ? null : Coded.fromCode(ReasonCeased.class, reasonCeased).map(ReasonCeased::label).orElse(reasonCeased);
    }

    /** The latest care plan, if one has been agreed. */
    public Optional<CarePlan> carePlan() {
        return carePlans.stream().reduce((first, second) -> second);
    }

    /**
     * The key events this period puts on the child's journey: becoming looked after, each
     * placement's start (a temporary connected-person placement, or one with a parent under an
     * interim care order, needs weekly visits), a placement agreed as long-term, and the end.
     */
    public List<Milestone> milestones() {
        var milestones = new ArrayList<Milestone>();
        milestones.add(new Milestone(CaseEventKind.BECAME_LOOKED_AFTER, startDate));
        for (var placement : placements) {
            var weekly = placement.temporaryApproval()
                    || (PlacementType.P1.code().equals(placement.place()) && LegalStatus.C1.code().equals(legalStatusOn(placement.start())));
            milestones.add(new Milestone(weekly ? CaseEventKind.TEMPORARY_PLACEMENT_STARTED : CaseEventKind.PLACEMENT_STARTED, placement.start()));
            if (placement.longTermFrom() != null) {
                milestones.add(new Milestone(CaseEventKind.LONG_TERM_PLACEMENT_AGREED, placement.longTermFrom()));
            }
        }
        if (endDate != null) {
            milestones.add(new Milestone(CaseEventKind.CEASED_LOOKED_AFTER, endDate));
        }
        return milestones;
    }

    /** The legal status in force on a day of the period. */
    public String legalStatusOn(LocalDate day) {
        String code = null;
        for (var change : legalStatuses) {
            if (!change.from().isAfter(day)) {
                code = change.code();
            }
        }
        return code;
    }

    /**
     * Placements the child had at any time in the 12 months up to a day, the one they were in a
     * year ago included, as the stability measure counts them (3 or more is unstable).
     */
    public long placementsInYearTo(LocalDate day) {
        var yearBefore = day.minusYears(1);
        return placements.stream().filter(p -> !p.start().isAfter(day) && (p.end() == null || p.end().isAfter(yearBefore))).count();
    }

    /**
     * The day the child began living, without a break, with the carers they were with on a day
     * (null if not looked after that day). A new placement with the same carers (foster carers who
     * become the child's adopters, say) is not a move; a temporary placement (T0 to T4) is a move.
     */
    public LocalDate withSameCarersSince(LocalDate day) {
        var before = placements.stream().filter(p -> !p.start().isAfter(day)).toList();
        if (before.isEmpty() || !before.getLast().coversDay(day)) {
            return null;
        }
        var since = before.getLast();
        for (int i = before.size() - 2; i >= 0 && before.get(i).sameCarersAs(since); i--) {
            since = before.get(i);
        }
        return since.start();
    }

    /**
     * The long-term stability measure on a day: a child under 16 looked after for two and a half
     * years or more counts, and is stable if they have lived with the same carers for two years, or
     * are placed for adoption and that placement with the one before it has lasted two years.
     */
    public LongTermStability stabilityOn(LocalDate day, LocalDate dateOfBirth) {
        if (dateOfBirth == null || !dateOfBirth.plusYears(16).isAfter(day) || startDate.isAfter(day.minusMonths(30))
                || (endDate != null && !endDate.isAfter(day))) {
            return LongTermStability.NOT_COUNTED;
        }
        var since = withSameCarersSince(day);
        if (since == null) {
            return LongTermStability.NOT_COUNTED;
        }
        var twoYearsBefore = day.minusYears(2);
        if (!since.isAfter(twoYearsBefore)) {
            return LongTermStability.STABLE;
        }
        var current = placements.stream().filter(p -> p.coversDay(day)).findFirst().orElseThrow();
        if (Coded.fromCode(PlacementType.class, current.place()).map(PlacementType::placedForAdoption).orElse(false)) {
            var before = withSameCarersSince(since.minusDays(1));
            if (before != null && !before.isAfter(twoYearsBefore)) {
                return LongTermStability.STABLE;
            }
        }
        return LongTermStability.UNSTABLE;
    }
}
