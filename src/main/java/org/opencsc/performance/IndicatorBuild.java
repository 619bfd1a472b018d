package org.opencsc.performance;

import java.time.LocalDate;

/** Which definitions the facts were last derived from in full, and for which month. */
record IndicatorBuild(String fingerprint, LocalDate builtFor) {
}
