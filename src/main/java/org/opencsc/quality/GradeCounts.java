package org.opencsc.quality;

import java.util.Locale;

/** Audits by counted grade, with each grade's share: one row of the results summary. */
public record GradeCounts(int outstanding, int good, int requiresImprovement, int inadequate) {

    public int total() {
        return outstanding + good + requiresImprovement + inadequate;
    }

    public int count(AuditGrade grade) {
        return switch (grade) {
            case OUTSTANDING -> outstanding;
            case GOOD -> good;
            case REQUIRES_IMPROVEMENT -> requiresImprovement;
            case INADEQUATE -> inadequate;
        };
    }

    /** "3 (25%)": the count and its share of the row, or a dash when the row is empty. */
    public String shown(AuditGrade grade) {
        return total() == 0 ? "–" : count(grade) + " (" + percent(count(grade), total()) + ")";
    }

    /** Good or better, as a share: the figure leaders usually ask for first. */
    public String goodOrBetter() {
        return total() == 0 ? "–" : percent(outstanding + good, total());
    }

    public static String percent(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.UK, "%.0f%%", 100.0 * part / whole);
    }
}
