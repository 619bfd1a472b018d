package org.opencsc.workload;

import java.time.Instant;

/** A manager's judgement of how complex a child's case is, why, and who made it when. */
public record ComplexityJudgement(Complexity level, String reason, String recordedBy, Instant recordedAt, Instant supersededAt) {
}
