package org.opencsc.care;

import java.time.LocalDate;

/** A looked-after child's care plan as agreed on a day, with the permanence plan in it. */
public record CarePlan(long id, LocalDate agreedDate, PermanencePlan permanencePlan, String summary) {
}
