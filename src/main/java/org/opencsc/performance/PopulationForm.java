package org.opencsc.performance;

/** The authority's population aged 0 to 17, as typed. */
public record PopulationForm(String year, String children) {
}
