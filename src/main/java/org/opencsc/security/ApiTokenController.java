package org.opencsc.security;

import jakarta.servlet.http.HttpServletResponse;
import org.opencsc.platform.FormPost;
import org.springframework.http.HttpHeaders;
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

/**
 * Administrators issue API tokens to staff accounts (an integration acts as its account, with its
 * role), see which are in use, and revoke them. A new token is shown once, on the page that
 * answers the form, and is never stored: the page is not cached and is not a redirect target.
 */
@Controller
@PreAuthorize("hasAuthority('USER_ADMIN')")
class ApiTokenController {

    private final ApiTokenService tokens;
    private final java.time.Clock clock;

    ApiTokenController(ApiTokenService tokens, java.time.Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @ShowsNoChildRecord("staff accounts' API tokens")
    @GetMapping("/admin/api-tokens")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var found = tokens.tokens(page);
        model.addAttribute("tokens", found.stream().limit(100).toList());
        model.addAttribute("now", clock.instant());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("hasNext", found.size() > 100);
        return "security/api-tokens";
    }

    @ShowsNoChildRecord("the form to issue an API token")
    @GetMapping("/admin/api-tokens/new")
    String newToken(Model model) {
        model.addAttribute("form", new ApiTokenForm(null, null, String.valueOf(ApiTokenService.DEFAULT_DAYS)));
        return "security/api-token-form";
    }

    @PostMapping("/admin/api-tokens/new")
    String issue(@ModelAttribute("form") ApiTokenForm form, BindingResult binding, Model model, HttpServletResponse response) {
        return FormPost.save(binding, () -> tokens.issue(form, CurrentUser.username()), issued -> {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("issued", issued);
            return "security/api-token-issued";
        }, () -> "security/api-token-form");
    }

    @PostMapping("/admin/api-tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        var revoked = tokens.revoke(id, CurrentUser.username());
        redirect.addFlashAttribute("saved", "API token " + revoked.id() + " (" + revoked.label() + ") of " + revoked.username() + " revoked");
        return "redirect:/admin/api-tokens";
    }
}
