package org.opencsc.quality;

import java.time.YearMonth;

/** What the results list is narrowed to: any of a team, a counted grade, a theme and a month; and the page. */
public record AuditFilter(Long teamId, AuditGrade grade, String theme, YearMonth month, int page) {

    public static final int PAGE_SIZE = 25;

    public int offset() {
        return page * PAGE_SIZE;
    }
}
