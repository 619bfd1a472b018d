package org.opencsc.quality;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Case audit results for the performance dashboards: counted grades month by month and themes,
 * for the authority or one team. Figures only: no child is named.
 */
@Component
public class CaseAuditsApi {

    private final CaseAuditService audits;

    CaseAuditsApi(CaseAuditService audits) {
        this.audits = audits;
    }

    /**
     * For each month from {@code from} to {@code to} (months without audits as zeros): the counted
     * grades of the audits finalised that month, the moderated grade where an audit was moderated.
     */
    public List<MonthlyGrades> monthlyGrades(Long teamIdOrNullForAuthority, YearMonth from, YearMonth to) {
        return audits.monthlyGrades(teamIdOrNullForAuthority, from, to);
    }

    /** How many audits finalised in the months were tagged with each theme, most first. */
    public List<ThemeCount> themes(Long teamIdOrNull, YearMonth from, YearMonth to) {
        return audits.themes(teamIdOrNull, from, to);
    }
}
