package org.opencsc.demo;

import java.time.Instant;
import org.opencsc.child.CaseStatus;
import org.opencsc.security.Role;

/**
 * Writes what the workload pages weigh beyond the allocations: some cases judged highly complex
 * by their team manager, and some social workers working part time. The choices come from each
 * record's own id rather than the authority's random stream, so adding them moved no other record.
 */
final class WorkloadRecords {

    private static final String COMPLEXITY = "case_complexity (authority_id, person_id, level, reason, recorded_by, recorded_at)";
    private static final String PATTERN = "working_pattern (authority_id, staff_user_id, fte, updated_by, updated_at)";
    private static final String[] REASONS = {
        "Several siblings with different plans and contact arrangements.",
        "Parents in dispute over contact; frequent complaints and legal letters.",
        "Child at risk of exploitation outside the home: many agencies and meetings.",
        "Family moves between authorities; records and agencies to chase.",
        "Complex health needs: many professionals and hospital appointments.",
        "Interpreter needed for every visit and meeting."};
    private static final String[] PART_TIME = {"0.8", "0.6", "0.5"};

    private final CopyBatch rows;
    private final short authority;
    private final Instant loadedAt;

    WorkloadRecords(CopyBatch rows, short authority, Instant loadedAt) {
        this.rows = rows;
        this.authority = authority;
        this.loadedAt = loadedAt;
    }

    /** About one child in eight held by a worker in child in need, child protection or care is judged highly complex. */
    void allocated(long personId, CaseStatus status, Long worker) {
        var weighty = status == CaseStatus.CHILD_IN_NEED || status == CaseStatus.CHILD_PROTECTION || status == CaseStatus.LOOKED_AFTER;
        var pick = spread(personId);
        if (worker != null && weighty && pick % 8 == 0) {
            rows.row(COMPLEXITY, authority, personId, "HIGH", REASONS[(int) (pick / 8 % REASONS.length)], "demo", loadedAt);
        }
    }

    /** One social worker in five works part time; Grace Osei (sw2) works four days a week. */
    void workingPatterns(StaffRoster roster) {
        for (var member : roster.members) {
            if (member.role() != Role.SOCIAL_WORKER) {
                continue;
            }
            var pick = spread(member.id());
            var fte = "sw2".equals(member.username()) ? "0.8" : pick % 5 == 0 ? PART_TIME[(int) (pick / 5 % PART_TIME.length)] : null;
            if (fte != null) {
                rows.row(PATTERN, authority, member.id(), new java.math.BigDecimal(fte), "demo", loadedAt);
            }
        }
    }

    /** A well-mixed, non-negative number from an id, so that neighbouring ids choose differently. */
    private static long spread(long id) {
        return (id * 0x9E3779B97F4A7C15L >>> 1) % 1_000_003;
    }
}
