package org.opencsc.quality;

import java.time.YearMonth;

/** The counted grades of the audits finalised in one month (the moderated grade where an audit was moderated). */
public record MonthlyGrades(YearMonth month, int outstanding, int good, int requiresImprovement, int inadequate) {

    public GradeCounts counts() {
        return new GradeCounts(outstanding, good, requiresImprovement, inadequate);
    }
}
