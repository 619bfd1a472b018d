package org.opencsc.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.opencsc.care.CareHistory.LegalStatusChange;
import org.opencsc.platform.FieldProblems;

/**
 * Derives a period of care's SSDA903 episodes: a new episode on each day the legal status, the
 * placement or the carer changes, with its RNE code; the episode before it ends that day with X1.
 * A period with overlapping placements, a day with no placement or no legal status, or a status
 * or placement outside the period is refused with both dates named.
 */
final class EpisodeBuilder {

    static final String SAME_DAY_NEW_EPISODE = "X1";

    private EpisodeBuilder() {
    }

    static List<Episode> episodes(CareHistory history) {
        check(history);
        var days = new TreeSet<LocalDate>();
        days.add(history.periodStart());
        history.legalStatuses().forEach(change -> days.add(change.from()));
        history.placements().forEach(placement -> days.add(placement.start()));
        var episodes = new ArrayList<Episode>();
        String status = null;
        Placement placement = null;
        for (var day : days) {
            var nowStatus = statusOn(history, day);
            var nowPlacement = placementOn(history, day);
            ReasonNewEpisode reason;
            if (episodes.isEmpty()) {
                reason = ReasonNewEpisode.S;
            } else {
                reason = ReasonNewEpisode.forChange(!nowStatus.equals(status), !nowPlacement.equals(placement),
                        !Objects.equals(nowPlacement.carer(), placement.carer()));
                if (reason == null) {
                    continue;
                }
                var before = episodes.removeLast();
                episodes.add(new Episode(before.start(), day, before.reasonNew(), before.legalStatus(), before.placement(), SAME_DAY_NEW_EPISODE));
            }
            episodes.add(new Episode(day, history.periodEnd(), reason, nowStatus, nowPlacement,
                    history.periodEnd() == null ? null : history.reasonCeased()));
            status = nowStatus;
            placement = nowPlacement;
        }
        return List.copyOf(episodes);
    }

    private static String statusOn(CareHistory history, LocalDate day) {
        return history.legalStatuses().stream().filter(change -> !change.from().isAfter(day))
                .max(java.util.Comparator.comparing(LegalStatusChange::from)).orElseThrow().code();
    }

    private static Placement placementOn(CareHistory history, LocalDate day) {
        return history.placements().stream().filter(p -> p.coversDay(day)).findFirst().orElseThrow();
    }

    private static void check(CareHistory history) {
        var problems = new FieldProblems();
        var start = history.periodStart();
        var end = history.periodEnd();
        if (end != null) {
            problems.after("periodEnd", "The end of the period of care", end, "its start", start);
        }
        problems.check(history.legalStatuses().stream().anyMatch(change -> !change.from().isAfter(start)), "legalStatus",
                "A legal status must be in force from the start of the period of care (" + FieldProblems.spoken(start) + ")");
        for (var change : history.legalStatuses()) {
            problems.notBefore("legalStatus", "The legal status " + change.code(), change.from(), "the start of the period of care", start);
            if (end != null) {
                problems.check(change.from().isBefore(end), "legalStatus", "The legal status " + change.code() + " from "
                        + FieldProblems.spoken(change.from()) + " starts after the period of care ended (" + FieldProblems.spoken(end) + ")");
            }
        }
        var placements = history.placements().stream().sorted(java.util.Comparator.comparing(Placement::start)).toList();
        LocalDate coveredTo = start;
        boolean open = false;
        for (var placement : placements) {
            problems.notBefore("placements", "A placement", placement.start(), "the start of the period of care", start);
            if (open || placement.start().isBefore(coveredTo)) {
                problems.add("placements", "The placement from " + FieldProblems.spoken(placement.start())
                        + " overlaps the one before it" + (open ? ", which has not ended" : ", which ended on " + FieldProblems.spoken(coveredTo)));
            } else if (placement.start().isAfter(coveredTo)) {
                problems.add("placements", "No placement from " + FieldProblems.spoken(coveredTo) + " to " + FieldProblems.spoken(placement.start())
                        + ": a looked-after child is placed every day of the period");
            }
            open = placement.end() == null;
            if (!open && placement.end().isAfter(coveredTo)) {
                coveredTo = placement.end();
            }
        }
        if (placements.isEmpty()) {
            problems.add("placements", "Record the placement the child went to on " + FieldProblems.spoken(start));
        } else if (!open && (end == null || coveredTo.isBefore(end))) {
            problems.add("placements", "No placement after " + FieldProblems.spoken(coveredTo) + " while the child is still looked after");
        }
        problems.throwIfAny();
    }
}
