package org.opencsc.oversight;

import java.util.Map;

/** How many children of a team (null: held by no team) are on a list, in all and for each sign of drift. */
public record TeamCount(Long teamId, String teamName, long children, Map<DriftReason, Long> byReason) {

    public String teamNameOrNone() {
        return teamName == null ? "Not allocated to a team" : teamName;
    }
}
