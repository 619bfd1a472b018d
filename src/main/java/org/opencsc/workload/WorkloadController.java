package org.opencsc.workload;

import org.opencsc.security.ListsChildren;
import org.opencsc.security.ShowsNoChildRecord;
import org.opencsc.platform.FormPost;
import org.opencsc.workload.WorkloadForms.SettingsForm;
import org.opencsc.workload.WorkloadForms.WorkingPatternForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The authority's workload pages: teams, a team's workers, a worker's children, and the weights and threshold behind them. */
@Controller
@PreAuthorize("hasAuthority('PERFORMANCE')")
class WorkloadController {

    private final WorkloadService workload;

    WorkloadController(WorkloadService workload) {
        this.workload = workload;
    }

    @ShowsNoChildRecord("teams' workload figures, no child")
    @GetMapping("/performance/workload")
    String teams(Model model) {
        model.addAttribute("teams", workload.teams());
        model.addAttribute("settings", workload.settings());
        return "workload/teams";
    }

    @ShowsNoChildRecord("a team's workers and their figures, no child")
    @GetMapping("/performance/workload/teams/{id}")
    String team(@PathVariable long id, Model model) {
        model.addAttribute("page", workload.team(id));
        model.addAttribute("statuses", WorkloadSettings.WEIGHED);
        return "workload/team";
    }

    @ListsChildren("the children a worker holds")
    @GetMapping("/performance/workload/workers/{id}")
    String worker(@PathVariable long id, Model model) {
        model.addAttribute("page", workload.worker(id));
        model.addAttribute("statuses", WorkloadSettings.WEIGHED);
        return "workload/worker";
    }

    @ShowsNoChildRecord("workload settings")
    @GetMapping("/performance/workload/settings")
    @PreAuthorize("hasAuthority('PERFORMANCE_SETTINGS')")
    String settingsForm(Model model) {
        model.addAttribute("form", workload.settingsForm());
        return "workload/settings";
    }

    @PostMapping("/performance/workload/settings")
    @PreAuthorize("hasAuthority('PERFORMANCE_SETTINGS')")
    String saveSettings(@ModelAttribute("form") SettingsForm form, BindingResult binding, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> workload.saveSettings(form), () -> {
            redirect.addFlashAttribute("saved", "Workload weights and threshold saved");
            return "redirect:/performance/workload/settings";
        }, () -> "workload/settings");
    }

    @ShowsNoChildRecord("a worker's working pattern")
    @GetMapping("/performance/workload/workers/{id}/working-pattern")
    @PreAuthorize("hasAuthority('ALLOCATE') or hasAuthority('PERFORMANCE_SETTINGS')")
    String workingPatternForm(@PathVariable long id, Model model) {
        var pattern = workload.workingPattern(id);
        model.addAttribute("worker", pattern);
        model.addAttribute("form", new WorkingPatternForm(WorkloadService.plain(pattern.fte())));
        return "workload/working-pattern";
    }

    @PostMapping("/performance/workload/workers/{id}/working-pattern")
    @PreAuthorize("hasAuthority('ALLOCATE') or hasAuthority('PERFORMANCE_SETTINGS')")
    String saveWorkingPattern(@PathVariable long id, @ModelAttribute("form") WorkingPatternForm form, BindingResult binding, Model model,
                              RedirectAttributes redirect) {
        return FormPost.save(binding, () -> workload.setWorkingPattern(id, form), () -> {
            redirect.addFlashAttribute("saved", "Working pattern saved");
            return "redirect:/performance/workload/workers/" + id;
        }, () -> {
            model.addAttribute("worker", workload.workingPattern(id));
            return "workload/working-pattern";
        });
    }
}
