package org.opencsc.workload;

import java.math.BigDecimal;

/** A team's workload: the children its workers hold, their weighted points, the workers and how many are over the threshold. */
public record TeamWorkload(long teamId, String teamName, int children, BigDecimal weightedPoints, int workers, int workersOverThreshold) {
}
