package org.opencsc.timescales;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. Every timescale
 * counted in working days (a referral's assessment in 45, an ICPC in 15) is counted here.
 *
 * <p>A count of N working days from a day D lands on the Nth working day after D; D itself never
 * counts. Counting between two days counts the working days after the first up to and including
 * the second, so {@code between(d, add(d, n)) == n}.
 */
@Service
public class WorkingDayCalendar {

    private final BankHolidayRepository repository;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    WorkingDayCalendar(BankHolidayRepository repository) {
        this.repository = repository;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays(day.getYear()).contains(day);
    }

    /** The Nth working day after the day given (N may be negative: the Nth before); N = 0 gives the day itself. */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        var step = workingDays >= 0 ? 1 : -1;
        var day = from;
        for (int left = Math.abs(workingDays); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The bank holidays of a year, as published, as edited, or from the rules. */
    public List<BankHoliday> bankHolidays(int year) {
        var kept = new TreeMap<LocalDate, BankHoliday>();
        for (var holiday : repository.all()) {
            if (holiday.day().getYear() == year) {
                kept.put(holiday.day(), holiday);
            }
        }
        return kept.isEmpty() ? BankHolidayRules.forYear(year) : new ArrayList<>(kept.values());
    }

    /** Drops what is cached, after an administrator changes the calendar. */
    void forget() {
        holidaysByYear.clear();
    }

    private Set<LocalDate> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> {
            var days = new HashSet<LocalDate>();
            bankHolidays(y).forEach(holiday -> days.add(holiday.day()));
            return Set.copyOf(days);
        });
    }
}
