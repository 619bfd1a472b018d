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
        var shown = found.stream().limit(100).toList();
        model.addAttribute("accounts", shown);
        model.addAttribute("locked", accounts.locked(shown));
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

    @PostMapping("/admin/staff/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.enable(id);
        redirect.addFlashAttribute("saved", "Account re-enabled");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("saved", "Account unlocked");
        return "redirect:/admin/staff";
    }

    /**
     * The temporary password is shown on this response only (never stored, put in a redirect or
     * cached): the administrator passes it on, and its holder must change it at sign-in.
     */
    @PostMapping("/admin/staff/{id}/reset-password")
    String resetPassword(@PathVariable long id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var temporary = accounts.resetPassword(id);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("username", accounts.username(id));
        model.addAttribute("temporaryPassword", temporary);
        return "security/staff-password-reset";
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
