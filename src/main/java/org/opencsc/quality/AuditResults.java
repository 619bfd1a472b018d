package org.opencsc.quality;

import java.time.YearMonth;
import java.util.List;

/**
 * The summary of the results page: counted grades month by month and team by team, the themes
 * audits were tagged with, and how much moderation there was and how often it changed the grade.
 */
public record AuditResults(YearMonth from, YearMonth to, List<MonthlyGrades> months, List<TeamGrades> teams, List<ThemeCount> themes,
                           Moderation moderation) {

    /** A team's counted grades; the team is the one that held the child when the audit started. */
    public record TeamGrades(Long teamId, String teamName, GradeCounts counts) {
    }

    /** Of the audits finalised in the period: how many were moderated and how many of those changed grade. */
    public record Moderation(int finalised, int moderated, int changed) {

        public String moderatedShare() {
            return GradeCounts.percent(moderated, finalised);
        }

        public String changedShare() {
            return GradeCounts.percent(changed, moderated);
        }
    }

    public GradeCounts overall() {
        return new GradeCounts(months.stream().mapToInt(MonthlyGrades::outstanding).sum(), months.stream().mapToInt(MonthlyGrades::good).sum(),
                months.stream().mapToInt(MonthlyGrades::requiresImprovement).sum(), months.stream().mapToInt(MonthlyGrades::inadequate).sum());
    }
}
