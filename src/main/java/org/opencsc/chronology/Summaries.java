package org.opencsc.chronology;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a chronology summary writes dates and long free text: one line each. */
final class Summaries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final int LINE = 160;

    private Summaries() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /** The first line of free text, cut to fit one line of the chronology. */
    static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= LINE ? flat : flat.substring(0, LINE - 1).strip() + "…";
    }

    /** The labels of the codes that are recorded, joined: "In touch; in education; with parents". */
    static String labels(org.opencsc.platform.Coded... codes) {
        return java.util.Arrays.stream(codes).filter(java.util.Objects::nonNull).map(org.opencsc.platform.Coded::label)
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** 18th, 21st, 22nd, 23rd: how a birthday is named. */
    static String ordinal(int n) {
        var teen = n % 100 >= 11 && n % 100 <= 13;
        var suffix = teen ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
