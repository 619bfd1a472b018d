package org.opencsc.oversight;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * What other features (the head of service's dashboard) may ask of management oversight: how
 * many children's oversight is late, and how many children show each sign of drift, for a team
 * or for the whole authority. Counts include restricted records, which they do not name.
 */
@Component
public class OversightApi {

    /** The key of {@link #driftCounts} that counts each drifting child once, whatever their reasons. */
    public static final String ANY_REASON = "ANY";

    private final OversightLists lists;

    OversightApi(OversightLists lists) {
        this.lists = lists;
    }

    /** Children whose management oversight is overdue, in a team or (null) across the authority. */
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    public long lateCount(Long teamIdOrNullForAuthority) {
        return lists.lateCount(teamIdOrNullForAuthority);
    }

    /**
     * Drifting children in a team or (null) across the authority: one entry per {@link DriftReason}
     * code in the order of the drift page, then {@value #ANY_REASON} for the children with any.
     */
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    public Map<String, Long> driftCounts(Long teamIdOrNull) {
        var counts = new LinkedHashMap<String, Long>();
        var drift = lists.driftCounts(teamIdOrNull);
        drift.byReason().forEach((reason, count) -> counts.put(reason.code(), count));
        counts.put(ANY_REASON, drift.children());
        return counts;
    }
}
