package org.opencsc.permanence;

import java.time.LocalDate;
import org.opencsc.care.ReasonCeased;
import org.opencsc.platform.Coded;

/** A special guardianship or child arrangements order that ended the child's care, and the reason for leaving care it gives. */
public record PermanenceOrder(long id, long personId, PermanenceOrderKind kind, LocalDate orderDate, String carers, String reasonCeased,
                              Boolean supportPlan) {

    public String reasonCeasedLabel() {
        return Coded.fromCode(ReasonCeased.class, reasonCeased).map(ReasonCeased::label).orElse(reasonCeased);
    }
}
