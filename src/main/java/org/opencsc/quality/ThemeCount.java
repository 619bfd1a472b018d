package org.opencsc.quality;

/** How many finalised audits were tagged with a theme. */
public record ThemeCount(String theme, int audits) {
}
