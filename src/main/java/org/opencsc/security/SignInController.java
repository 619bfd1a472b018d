package org.opencsc.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;

    SignInController(ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.identityProviders = identityProviders;
    }

    @ShowsNoChildRecord("the sign-in page")
    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String signIn(Model model) {
        model.addAttribute("oidcEnabled", identityProviders.getIfAvailable() != null);
        return "security/login";
    }
}
