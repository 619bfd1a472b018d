package org.opencsc.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opencsc.platform.FormPost;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@PreAuthorize("hasAuthority('USER_ADMIN')")
class StaffAccountController {

    private final StaffAccountService accounts;

    StaffAccountController(StaffAccountService accounts) {
        this.accounts = accounts;
    }

    @ShowsNoChildRecord("staff accounts")
    @GetMapping("/admin/staff")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var found = accounts.accounts(page);
        model.addAttribute("accounts", found.stream().limit(100).toList());
        model.addAttribute("page", page);
        model.addAttribute("hasNext", found.size() > 100);
        return "security/staff";
    }

    @ShowsNoChildRecord("a form for a staff account")
    @GetMapping("/admin/staff/new")
    String newAccount(@ModelAttribute("form") StaffAccountForm form, Model model) {
        return showForm(model);
    }

    @PostMapping("/admin/staff/new")
    String create(@ModelAttribute("form") StaffAccountForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> accounts.create(form), () -> {
            redirect.addFlashAttribute("saved", "Account " + form.username() + " created");
            return "redirect:/admin/staff";
        }, () -> showForm(model));
    }

    @PostMapping("/admin/staff/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.disable(id);
        redirect.addFlashAttribute("saved", "Account disabled");
        return "redirect:/admin/staff";
    }

    private String showForm(Model model) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (var role : Role.values()) {
            roles.put(role.name(), role.label());
        }
        model.addAttribute("roles", roles);
        model.addAttribute("teams", accounts.teamOptions());
        return "security/staff-form";
    }
}
