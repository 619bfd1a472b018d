package org.opencsc.timescales;

import org.opencsc.security.ShowsNoChildRecord;
import java.time.Clock;
import java.time.LocalDate;
import org.opencsc.platform.FormPost;
import org.opencsc.timescales.BankHolidayService.BankHolidayForm;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@PreAuthorize("hasAuthority('CALENDAR_ADMIN')")
class BankHolidayController {

    private final BankHolidayService service;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    BankHolidayController(BankHolidayService service, WorkingDayCalendar calendar, Clock clock) {
        this.service = service;
        this.calendar = calendar;
        this.clock = clock;
    }

    @ShowsNoChildRecord("the calendar's bank holidays")
    @GetMapping("/admin/bank-holidays")
    String list(@RequestParam(required = false) Integer year, @ModelAttribute("form") BankHolidayForm form, Model model) {
        return show(year == null ? LocalDate.now(clock).getYear() : year, model);
    }

    @PostMapping("/admin/bank-holidays")
    String add(@RequestParam(required = false) Integer year, @ModelAttribute("form") BankHolidayForm form, BindingResult binding,
               Model model, RedirectAttributes redirect) {
        var shown = year == null ? LocalDate.now(clock).getYear() : year;
        return FormPost.save(binding, () -> service.add(form), () -> {
            redirect.addFlashAttribute("saved", "Bank holiday added");
            return "redirect:/admin/bank-holidays?year=" + form.day().year().strip();
        }, () -> show(shown, model));
    }

    // The day is read after the permission check, so that nobody without it learns anything from a 400.
    @PostMapping("/admin/bank-holidays/remove")
    String remove(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  RedirectAttributes redirect) {
        if (day == null) {
            return "redirect:/admin/bank-holidays";
        }
        service.remove(day);
        redirect.addFlashAttribute("saved", "Bank holiday removed");
        return "redirect:/admin/bank-holidays?year=" + day.getYear();
    }

    private String show(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("holidays", calendar.bankHolidays(year));
        return "timescales/bank-holidays";
    }
}
