package org.opencsc.workload;

import static org.opencsc.child.RecordHeader.savedToTab;

import org.opencsc.child.ChildRecordService;
import org.opencsc.child.RecordHeader;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormPost;
import org.opencsc.workload.WorkloadForms.ComplexityForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team manager's judgement of how complex a child's case is, which weighs on the worker's load. */
@Controller
@PreAuthorize("hasAuthority('ALLOCATE')")
class ComplexityController {

    private final WorkloadService workload;
    private final ChildRecordService records;
    private final RecordHeader header;

    ComplexityController(WorkloadService workload, ChildRecordService records, RecordHeader header) {
        this.workload = workload;
        this.records = records;
        this.header = header;
    }

    @GetMapping("/children/{id}/complexity")
    String form(@PathVariable long id, Model model) {
        var person = records.view(id, "Viewed case complexity for workload");
        var history = workload.complexity(id);
        var current = history.stream().filter(j -> j.supersededAt() == null).findFirst();
        model.addAttribute("form", new ComplexityForm(current.map(j -> j.level().code()).orElse(null), null));
        return show(person, history, model);
    }

    @PostMapping("/children/{id}/complexity")
    String judge(@PathVariable long id, @ModelAttribute("form") ComplexityForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> workload.judgeComplexity(id, form), () -> savedToTab(redirect, id, "involvements", "Case complexity saved"),
                () -> show(records.visible(id), workload.complexity(id), model));
    }

    private String show(org.opencsc.child.Person person, java.util.List<ComplexityJudgement> history, Model model) {
        header.addTo(model, person, "involvements");
        model.addAttribute("history", history);
        model.addAttribute("levels", Coded.options(Complexity.class));
        return "workload/complexity";
    }
}
