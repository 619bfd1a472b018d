package org.opencsc.leavingcare;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.opencsc.care.CarePeriod;

/**
 * Which care leaver a young person is, worked out from their date of birth and periods of care
 * (Children Act 1989 and the Care Leavers (England) Regulations 2010), never typed:
 * <ul>
 * <li>eligible: 16 or 17, looked after, and looked after for at least 13 weeks in all since their
 * 14th birthday (short breaks, legal status V3 or V4, do not count);</li>
 * <li>relevant: 16 or 17, was eligible, and has left care;</li>
 * <li>former relevant: 18 to 25, was eligible or relevant before 18;</li>
 * <li>qualifying: 16 to 25, looked after at some time after 16 but never long enough to be eligible.</li>
 * </ul>
 */
public enum CareLeaverCategory {
    ELIGIBLE("Eligible", "16 or 17, looked after, and looked after for at least 13 weeks since turning 14"),
    RELEVANT("Relevant", "16 or 17, was eligible and has left care"),
    FORMER_RELEVANT("Former relevant", "18 to 25, was eligible or relevant before turning 18"),
    QUALIFYING("Qualifying", "16 to 25, looked after after turning 16 but not for long enough to be eligible"),
    NOT_A_CARE_LEAVER("Not a care leaver", "Not entitled to leaving care support on this day");

    static final int THIRTEEN_WEEKS = 13 * 7;

    private final String label;
    private final String meaning;

    CareLeaverCategory(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    public boolean careLeaver() {
        return this != NOT_A_CARE_LEAVER;
    }

    /** The category on a day, from the date of birth and every period of care (oldest first). */
    public static CareLeaverCategory on(LocalDate dateOfBirth, List<CarePeriod> periods, LocalDate day) {
        if (dateOfBirth == null) {
            return NOT_A_CARE_LEAVER;
        }
        var age = Period.between(dateOfBirth, day).getYears();
        var sixteen = dateOfBirth.plusYears(16);
        var eighteen = dateOfBirth.plusYears(18);
        if (age < 16 || age > 25) {
            return NOT_A_CARE_LEAVER;
        }
        var firstEligible = firstEligibleDay(dateOfBirth, periods);
        var wasEligible = firstEligible != null && !firstEligible.isAfter(day);
        if (age < 18) {
            if (lookedAfterOn(periods, day)) {
                return wasEligible ? ELIGIBLE : NOT_A_CARE_LEAVER;
            }
            if (wasEligible) {
                return RELEVANT;
            }
        } else if (firstEligible != null && firstEligible.isBefore(eighteen)) {
            return FORMER_RELEVANT;
        }
        return lookedAfterBetween(periods, sixteen, day) ? QUALIFYING : NOT_A_CARE_LEAVER;
    }

    /** The first day the young person was an eligible child, or null if they never were. */
    static LocalDate firstEligibleDay(LocalDate dateOfBirth, List<CarePeriod> periods) {
        var fourteen = dateOfBirth.plusYears(14);
        var sixteen = dateOfBirth.plusYears(16);
        var eighteen = dateOfBirth.plusYears(18);
        for (var day = sixteen; day.isBefore(eighteen); day = day.plusDays(1)) {
            if (lookedAfterOn(periods, day) && daysCounted(periods, fourteen, day) >= THIRTEEN_WEEKS) {
                return day;
            }
        }
        return null;
    }

    /** Days looked after from one day up to and including another, leaving out short breaks (V3, V4). */
    static long daysCounted(List<CarePeriod> periods, LocalDate from, LocalDate upTo) {
        long days = 0;
        for (var period : periods) {
            var statuses = period.legalStatuses();
            for (int i = 0; i < statuses.size(); i++) {
                var code = statuses.get(i).code();
                if (code.equals("V3") || code.equals("V4")) {
                    continue;
                }
                var start = later(statuses.get(i).from(), from);
                var nextChange = i + 1 < statuses.size() ? statuses.get(i + 1).from() : period.endDate();
                var end = nextChange == null ? upTo.plusDays(1) : earlier(nextChange, upTo.plusDays(1));
                if (end.isAfter(start)) {
                    days += java.time.temporal.ChronoUnit.DAYS.between(start, end);
                }
            }
        }
        return days;
    }

    private static boolean lookedAfterOn(List<CarePeriod> periods, LocalDate day) {
        return periods.stream().anyMatch(p -> !day.isBefore(p.startDate()) && (p.endDate() == null || day.isBefore(p.endDate())));
    }

    private static boolean lookedAfterBetween(List<CarePeriod> periods, LocalDate from, LocalDate to) {
        return periods.stream().anyMatch(p -> !p.startDate().isAfter(to) && (p.endDate() == null || p.endDate().isAfter(from)));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
