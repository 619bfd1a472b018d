package org.opencsc.timescales;

import org.opencsc.security.ShowsNoChildRecord;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencsc.platform.FormPost;
import org.opencsc.timescales.TimescaleService.StandardForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rule table as staff read it, and the local standards an administrator sets. */
@Controller
class TimescaleController {

    private final TimescaleService timescales;

    TimescaleController(TimescaleService timescales) {
        this.timescales = timescales;
    }

    @ShowsNoChildRecord("the statutory timescale rules")
    @GetMapping("/timescales")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String rules(@ModelAttribute("form") StandardForm form, Model model) {
        return show(model);
    }

    @PostMapping("/timescales")
    @PreAuthorize("hasAuthority('CALENDAR_ADMIN')")
    String change(@ModelAttribute("form") StandardForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> timescales.changeStandard(form), recomputed -> {
            redirect.addFlashAttribute("saved", "Local standard changed: due dates for %,d children re-derived in %.1f seconds"
                    .formatted(recomputed.children(), recomputed.took().toMillis() / 1000.0));
            return "redirect:/timescales";
        }, () -> show(model));
    }

    private String show(Model model) {
        var standards = timescales.localStandards();
        model.addAttribute("rules", StatutoryRule.values());
        model.addAttribute("standards", standards);
        Map<String, String> standardOptions = new LinkedHashMap<>();
        Arrays.stream(LocalStandard.values()).forEach(s -> standardOptions.put(s.name(), s.label()));
        Map<String, String> unitOptions = new LinkedHashMap<>();
        Arrays.stream(PeriodUnit.values()).forEach(u -> unitOptions.put(u.name(), u.pluralLabel()));
        model.addAttribute("standardOptions", standardOptions);
        model.addAttribute("unitOptions", unitOptions);
        return "timescales/rules";
    }
}
