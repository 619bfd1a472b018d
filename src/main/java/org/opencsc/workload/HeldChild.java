package org.opencsc.workload;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.opencsc.child.CaseStatus;
import org.opencsc.child.CaseloadEntry;

/**
 * A child on a worker's caseload and what they weigh. {@code child} is null when the record is
 * restricted and the reader is not named on it: the child is counted, never named.
 */
public record HeldChild(long personId, CaseStatus caseStatus, boolean inProceedings, Complexity complexity, LocalDate allocatedOn,
                        BigDecimal points, CaseloadEntry child) {

    public boolean hidden() {
        return child == null;
    }
}
