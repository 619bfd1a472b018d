package org.opencsc.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencsc.care.CareService;
import org.opencsc.care.MissingEpisode;
import org.opencsc.care.MissingFromCareService;
import org.opencsc.platform.ClockZone;
import org.springframework.stereotype.Component;

/**
 * Periods of care: becoming looked after and on what legal status, each change of legal status,
 * each placement and move with the reason the last one ended, leaving care; and missing episodes
 * with the return and the return home interview.
 */
@Component
class CareLines implements RecordLines {

    private final CareService care;
    private final MissingFromCareService missing;

    CareLines(CareService care, MissingFromCareService missing) {
        this.care = care;
        this.missing = missing;
    }

    @Override
    public Set<String> describes() {
        return Set.of("care_period", "missing_episode");
    }

    @Override
    public List<ChronologyLine> linesFor(KeyEvents key) {
        var lines = new ArrayList<ChronologyLine>();
        var page = key.page("care");
        for (var period : care.periods(key.personId())) {
            var statuses = period.legalStatuses();
            lines.add(ChronologyLine.generated(period.startDate(), Strand.CARE, "Became looked after",
                    "Legal status: " + period.legalStatusLabel(statuses.getFirst().code()), key.recordedBy("care_period", period.startDate()), page));
            for (var change : statuses.subList(1, statuses.size())) {
                lines.add(ChronologyLine.generated(change.from(), Strand.CARE, "Legal status changed", period.legalStatusLabel(change.code()),
                        key.recordedBy("care_period", change.from()), page));
            }
            String endedBecause = null;
            for (var placement : period.placements()) {
                var where = placement.placeLabel() + (placement.providerLabel() == null ? "" : "; " + placement.providerLabel());
                var moved = endedBecause == null ? "" : " (moved: " + endedBecause + ")";
                lines.add(ChronologyLine.generated(placement.start(), Strand.CARE, endedBecause == null ? "Placement started" : "Placement move",
                        where + moved, key.recordedBy("care_period", placement.start()), page));
                if (placement.longTermFrom() != null) {
                    lines.add(ChronologyLine.generated(placement.longTermFrom(), Strand.CARE, "Placement agreed as long-term", where,
                            key.recordedBy("care_period", placement.longTermFrom()), page));
                }
                endedBecause = placement.endReasonLabel() == null ? "reason not recorded"
                        : placement.endReasonLabel() + (Boolean.TRUE.equals(placement.unplannedEnding()) ? ", unplanned" : "");
            }
            if (period.endDate() != null) {
                lines.add(ChronologyLine.generated(period.endDate(), Strand.CARE, "Ceased to be looked after", period.reasonCeasedLabel(),
                        key.recordedBy("care_period", period.endDate()), page));
            }
        }
        for (var episode : missing.forPerson(key.personId())) {
            lines.addAll(missingLines(key, episode, page));
        }
        return lines;
    }

    private static List<ChronologyLine> missingLines(KeyEvents key, MissingEpisode episode, String page) {
        var lines = new ArrayList<ChronologyLine>();
        var went = day(episode.wentMissingAt());
        lines.add(ChronologyLine.generated(went, Strand.MISSING, episode.kind().label(),
                "From " + MissingEpisode.shown(episode.wentMissingAt()) + (episode.reportedToPolice() ? "; reported to the police" : ""),
                key.recordedBy("missing_episode", went), page));
        if (episode.returnedAt() != null) {
            lines.add(ChronologyLine.generated(day(episode.returnedAt()), Strand.MISSING, "Returned",
                    "At " + MissingEpisode.shown(episode.returnedAt()), key.recordedBy("missing_episode", went), page));
        }
        if (episode.rhiCompletedAt() != null) {
            lines.add(ChronologyLine.generated(day(episode.rhiCompletedAt()), Strand.MISSING, "Return home interview",
                    episode.rhiStanding(episode.rhiCompletedAt()).label() + "; " + Summaries.oneLine(episode.rhiFindings()),
                    episode.rhiBy(), page));
        } else if (Boolean.FALSE.equals(episode.rhiAccepted()) && episode.rhiOfferedAt() != null) {
            lines.add(ChronologyLine.generated(day(episode.rhiOfferedAt()), Strand.MISSING, "Return home interview declined",
                    "Offered " + MissingEpisode.shown(episode.rhiOfferedAt()), episode.rhiBy(), page));
        }
        return lines;
    }

    private static LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, ClockZone.UK);
    }
}
