package org.opencsc.timescales;

import java.time.LocalDate;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator keeps the calendar: adds a one-off bank holiday when one is announced, or
 * removes a day. The first change to a year worked out from the rules writes that year's rule
 * days down first, so that from then on the year is kept as edited.
 */
@Service
public class BankHolidayService {

    public record BankHolidayForm(DateParts day, String name) {
        public BankHolidayForm {
            day = DateParts.orEmpty(day);
        }
    }

    private final BankHolidayRepository repository;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final TimescaleService timescales;

    BankHolidayService(BankHolidayRepository repository, WorkingDayCalendar calendar, AuditLog audit, TimescaleService timescales) {
        this.timescales = timescales;
        this.repository = repository;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Transactional
    public void add(BankHolidayForm form) {
        var problems = new FieldProblems();
        var day = form.day().read("day", "Date", problems);
        problems.check(day != null || problems.has("day"), "day", "Enter the date of the bank holiday");
        problems.check(day, d -> d.getDayOfWeek().getValue() < 6, "day", "Date must be a weekday: weekends are never working days");
        problems.check(day, d -> !calendar.bankHolidays(d.getYear()).stream().anyMatch(h -> h.day().equals(d)), "day",
                "Date is already a bank holiday");
        var name = problems.text("name", "Name", form.name(), 120, true);
        problems.throwIfAny();
        keepYear(day.getYear());
        repository.insert(new BankHoliday(day, name, BankHoliday.Source.ADMINISTRATOR), CurrentUser.username());
        calendar.forget();
        timescales.recomputeAll();
        audit.record(AuditAction.UPDATE, null, "Added bank holiday " + day + " (" + name + ")");
    }

    @Transactional
    public void remove(LocalDate day) {
        keepYear(day.getYear());
        if (repository.delete(day)) {
            calendar.forget();
            timescales.recomputeAll();
            audit.record(AuditAction.UPDATE, null, "Removed bank holiday " + day);
        }
    }

    private void keepYear(int year) {
        if (!repository.yearIsKept(year)) {
            for (var holiday : BankHolidayRules.forYear(year)) {
                repository.insert(holiday, CurrentUser.username());
            }
        }
    }
}
