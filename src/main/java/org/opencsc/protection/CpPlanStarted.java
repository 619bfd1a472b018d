package org.opencsc.protection;

import java.time.LocalDate;

/** A child protection plan began: a child in need plan open that day gives way to it. */
public record CpPlanStarted(long personId, LocalDate startDate) {
}
