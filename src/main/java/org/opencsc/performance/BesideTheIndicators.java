package org.opencsc.performance;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.oversight.DriftReason;
import org.opencsc.oversight.OversightApi;
import org.opencsc.workload.TeamWorkload;
import org.opencsc.workload.WorkloadApi;
import org.springframework.stereotype.Component;

/**
 * What other parts of the product say about a finding, shown on the head of service's page beside
 * its indicators: the children whose oversight is late now and the children drifting, each linking
 * to its own list by team; each team's weighted workload and the workers above the local threshold.
 */
@Component
class BesideTheIndicators {

    /** One line of a count with the list behind it. */
    public record Count(String label, long count, String link) {
    }

    /** What is shown beside the findings now. */
    public record Now(long lateOversight, List<Count> drift, List<TeamWorkload> workload) {
    }

    private final OversightApi oversight;
    private final WorkloadApi workload;

    BesideTheIndicators(OversightApi oversight, WorkloadApi workload) {
        this.oversight = oversight;
        this.workload = workload;
    }

    Now now() {
        var counts = oversight.driftCounts(null);
        var drift = new ArrayList<Count>();
        for (var reason : DriftReason.values()) {
            drift.add(new Count(reason.label(), counts.getOrDefault(reason.code(), 0L), "/performance/drift?reason=" + reason.code()));
        }
        drift.add(new Count("Any of these", counts.getOrDefault(OversightApi.ANY_REASON, 0L), "/performance/drift"));
        return new Now(oversight.lateCount(null), drift, workload.teams().stream().filter(t -> t.workers() > 0).toList());
    }
}
