package org.opencsc.timescales;

import static org.opencsc.child.CaseEventKind.HEALTH_ASSESSMENT_UNDER_5;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;

/**
 * How soon a looked-after child's next health assessment is due: within 6 months of the last
 * one while the child is under 5, within 12 months once they are 5 or over (statutory guidance,
 * Promoting the health and well-being of looked-after children, 2015).
 *
 * <p>The clock engine sees only events, not the child's date of birth, so the age is decided
 * where the assessment is recorded: the health feature puts {@code HEALTH_ASSESSMENT_UNDER_5} or
 * {@code HEALTH_ASSESSMENT_5_OR_OVER} on the journey by the child's age on the day of the
 * assessment, and this interval reads which one started the clock. A child assessed at 4 years
 * and 11 months is therefore next due 6 months later, as the guidance times it from the last
 * assessment.
 */
final class HealthReviewInterval implements VaryingTimescale {

    @Override
    public Timescale on(CaseEventKind startedBy, LocalDate day, List<CaseEvent> soFar) {
        return startedBy == HEALTH_ASSESSMENT_UNDER_5 ? Timescale.months(6) : Timescale.months(12);
    }

    @Override
    public String describe() {
        return "6 months after an assessment of a child under 5; 12 months after one of a child 5 or over";
    }
}
