package org.opencsc.security;

import org.opencsc.platform.FormPost;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Any member of staff with a local password changes it here (and must, after an administrator reset it). */
@Controller
class OwnPasswordController {

    private final StaffAccountService accounts;

    OwnPasswordController(StaffAccountService accounts) {
        this.accounts = accounts;
    }

    @ShowsNoChildRecord("the signed-in person's own password form")
    @GetMapping(AccountStandingCheck.CHANGE_PASSWORD_PATH)
    @PreAuthorize("isAuthenticated()")
    String form(@ModelAttribute("form") PasswordChangeForm form, Model model) {
        return showForm(model);
    }

    @PostMapping(AccountStandingCheck.CHANGE_PASSWORD_PATH)
    @PreAuthorize("isAuthenticated()")
    String change(@ModelAttribute("form") PasswordChangeForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> accounts.changeOwnPassword(form), () -> {
            redirect.addFlashAttribute("saved", "Your password has been changed");
            return "redirect:" + AccountStandingCheck.CHANGE_PASSWORD_PATH;
        }, () -> showForm(model));
    }

    private String showForm(Model model) {
        var me = accounts.findById(CurrentUser.get().id());
        model.addAttribute("mustChange", me.map(StaffAccountService.Account::mustChangePassword).orElse(false));
        model.addAttribute("localPassword", me.map(StaffAccountService.Account::localPassword).orElse(false));
        model.addAttribute("minimumLength", StaffAccountService.MINIMUM_PASSWORD_LENGTH);
        return "security/password";
    }
}
