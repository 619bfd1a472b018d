package org.opencsc.workload;

import java.math.BigDecimal;
import java.util.Map;
import org.opencsc.child.CaseStatus;

/**
 * One worker's caseload: how many children of each case status, how many of them in proceedings
 * or judged highly complex, the weighted points they make, and the threshold for the worker's hours.
 */
public record WorkerLoad(long workerId, String workerName, long teamId, String teamName, BigDecimal fte, Map<CaseStatus, Integer> children,
                         int inProceedings, int highComplexity, BigDecimal points, BigDecimal threshold) {

    public WorkerLoad {
        children = Map.copyOf(children);
    }

    public int childCount() {
        return children.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int children(CaseStatus status) {
        return children.getOrDefault(status, 0);
    }

    /** Over only when above the threshold: a worker exactly at it holds a full load. */
    public boolean overThreshold() {
        return points.compareTo(threshold) > 0;
    }

    /** Points held for each point the worker's hours allow, as a percentage. */
    public int percentOfThreshold() {
        return points.multiply(BigDecimal.valueOf(100)).divide(threshold, 0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
