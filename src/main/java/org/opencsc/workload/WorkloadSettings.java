package org.opencsc.workload;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opencsc.child.CaseStatus;

/**
 * The council's workload weights and threshold as they stand, each falling back to its default.
 * A child weighs what their case status weighs, plus an addition while in pre-proceedings or care
 * proceedings, plus an addition when the manager has judged the case highly complex. A worker is
 * over the threshold when their points are more than the threshold times their share of full time:
 * a worker exactly at it is at capacity, not over.
 *
 * @param weights        points a child counts for, by case status (closed and not open count nothing)
 * @param inProceedings  points added while the child is in pre-proceedings or care proceedings
 * @param highComplexity points added when the case is judged highly complex
 * @param threshold      weighted points a full-time worker can hold
 */
public record WorkloadSettings(Map<CaseStatus, BigDecimal> weights, BigDecimal inProceedings, BigDecimal highComplexity, BigDecimal threshold) {

    /** The case statuses a council weighs, in the order the settings page shows them. */
    public static final List<CaseStatus> WEIGHED = List.of(CaseStatus.ASSESSMENT, CaseStatus.CHILD_IN_NEED, CaseStatus.CHILD_PROTECTION,
            CaseStatus.LOOKED_AFTER, CaseStatus.CARE_LEAVER, CaseStatus.REFERRAL, CaseStatus.EARLY_HELP);

    static final String IN_PROCEEDINGS = "IN_PROCEEDINGS";
    static final String HIGH_COMPLEXITY = "HIGH_COMPLEXITY";
    static final String THRESHOLD = "THRESHOLD";

    /**
     * The defaults: a child in need is the unit; a CP plan (visits every 10 working days, core
     * groups, conferences) weighs half as much again; a looked-after child a fifth more; a care
     * leaver, seen less often and by a personal adviser, less; a referral or early help, held
     * briefly or lightly, half. Court work (statements, hearings, the 26-week timetable) adds a
     * whole child's worth, a highly complex case half. Twenty points is a full-time caseload.
     */
    public static WorkloadSettings defaults() {
        var weights = new EnumMap<CaseStatus, BigDecimal>(CaseStatus.class);
        weights.put(CaseStatus.ASSESSMENT, new BigDecimal("1.00"));
        weights.put(CaseStatus.CHILD_IN_NEED, new BigDecimal("1.00"));
        weights.put(CaseStatus.CHILD_PROTECTION, new BigDecimal("1.50"));
        weights.put(CaseStatus.LOOKED_AFTER, new BigDecimal("1.20"));
        weights.put(CaseStatus.CARE_LEAVER, new BigDecimal("0.70"));
        weights.put(CaseStatus.REFERRAL, new BigDecimal("0.50"));
        weights.put(CaseStatus.EARLY_HELP, new BigDecimal("0.50"));
        return new WorkloadSettings(weights, new BigDecimal("1.00"), new BigDecimal("0.50"), new BigDecimal("20.00"));
    }

    public WorkloadSettings {
        weights = new EnumMap<>(weights);
    }

    /** The settings with the values a council chose (by name) over the defaults. */
    static WorkloadSettings from(Map<String, BigDecimal> chosen) {
        var defaults = defaults();
        var weights = new EnumMap<CaseStatus, BigDecimal>(CaseStatus.class);
        for (var status : WEIGHED) {
            weights.put(status, chosen.getOrDefault(status.name(), defaults.weight(status)));
        }
        return new WorkloadSettings(weights, chosen.getOrDefault(IN_PROCEEDINGS, defaults.inProceedings()),
                chosen.getOrDefault(HIGH_COMPLEXITY, defaults.highComplexity()), chosen.getOrDefault(THRESHOLD, defaults.threshold()));
    }

    /** Every value by the name it is stored under. */
    Map<String, BigDecimal> byName() {
        var named = new java.util.LinkedHashMap<String, BigDecimal>();
        WEIGHED.forEach(status -> named.put(status.name(), weight(status)));
        named.put(IN_PROCEEDINGS, inProceedings);
        named.put(HIGH_COMPLEXITY, highComplexity);
        named.put(THRESHOLD, threshold);
        return named;
    }

    public BigDecimal weight(CaseStatus status) {
        return weights.getOrDefault(status, BigDecimal.ZERO);
    }

    /** What one child weighs. */
    public BigDecimal points(CaseStatus status, boolean inProceedings, Complexity complexity) {
        var points = weight(status);
        if (inProceedings) {
            points = points.add(this.inProceedings);
        }
        if (complexity == Complexity.HIGH) {
            points = points.add(highComplexity);
        }
        return points;
    }

    /** The points a worker with this share of full time can hold. */
    public BigDecimal thresholdFor(BigDecimal fte) {
        return threshold.multiply(fte).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
