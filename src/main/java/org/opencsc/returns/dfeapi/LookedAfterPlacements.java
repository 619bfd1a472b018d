package org.opencsc.returns.dfeapi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.Episode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A looked-after child's placements as the API reports them: one entry per SSDA903 episode, as
 * care derives them from the periods of care (reason new, placement type, postcode, reason ended
 * and, when the placement itself ended, why), so the API, the SSDA903 and the care record agree.
 * Each goes with the latest social care episode (referral) begun by the day it started, or the first.
 */
final class LookedAfterPlacements {

    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private LookedAfterPlacements() {
    }

    static void addTo(ObjectNode child, List<CarePeriod> periods) {
        var episodes = (ArrayNode) child.get("social_care_episodes");
        for (var period : periods) {
            for (var episode : period.episodes()) {
                placementsOf(episodes, period, episode.start()).add(entry(episode));
            }
        }
    }

    private static ObjectNode entry(Episode episode) {
        var placement = episode.placement();
        var entry = JsonNodeFactory.instance.objectNode();
        entry.put("child_looked_after_placement_id", placement.id() + "-" + ID_DATE.format(episode.start()));
        entry.put("start_date", episode.start().toString());
        entry.put("start_reason", episode.reasonNew().code());
        entry.put("placement_type", placement.place());
        if (placement.postcode() != null) {
            entry.put("postcode", placement.postcode());
        }
        if (episode.end() != null) {
            entry.put("end_date", episode.end().toString());
            entry.put("end_reason", episode.reasonEnded());
            if (episode.end().equals(placement.end()) && placement.endReason() != null) {
                entry.put("change_reason", placement.endReason());
            }
        }
        return entry;
    }

    /**
     * The placements list of the referral open (or latest begun) when the episode started; a child
     * looked after with no referral recorded gets an episode of their own for the period of care.
     */
    private static ArrayNode placementsOf(ArrayNode episodes, CarePeriod period, LocalDate start) {
        ObjectNode chosen = null;
        ObjectNode first = null;
        for (var node : episodes) {
            var referral = node.path("referral_date").asString(null);
            if (referral == null) {
                continue;
            }
            if (first == null) {
                first = (ObjectNode) node;
            }
            if (!LocalDate.parse(referral).isAfter(start)) {
                chosen = (ObjectNode) node;
            }
        }
        if (chosen == null) {
            chosen = first != null ? first : ownEpisode(episodes, "CARE" + period.id());
        }
        return (ArrayNode) chosen.get("child_looked_after_placements");
    }

    private static ObjectNode ownEpisode(ArrayNode episodes, String id) {
        for (var node : episodes) {
            if (id.equals(node.path("social_care_episode_id").asString(null))) {
                return (ObjectNode) node;
            }
        }
        var episode = episodes.addObject();
        episode.put("social_care_episode_id", id);
        episode.putArray("child_looked_after_placements");
        return episode;
    }
}
