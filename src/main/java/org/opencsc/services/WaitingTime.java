package org.opencsc.services;

/**
 * Waiting for one service across the authority: children waiting now and the longest current
 * wait, and for children first seen in the last 12 months the median and longest wait.
 */
public record WaitingTime(SupportService service, long waitingNow, Long longestCurrentDays, long seenInYear, Double medianDaysSeen,
                          Long longestDaysSeen) {

    public static String weeks(Number days) {
        return days == null ? "–" : String.format(java.util.Locale.UK, "%.1f weeks", days.doubleValue() / 7);
    }
}
