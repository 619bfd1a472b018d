package org.opencsc.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String signIn() {
        return "security/login";
    }
}
