package org.opencsc.security;

import org.opencsc.platform.OpenCscProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: the council's name and who is signed in. */
@ControllerAdvice
class LayoutModel {

    private final OpenCscProperties properties;

    LayoutModel(OpenCscProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("councilName")
    String councilName() {
        return properties.councilName();
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        return CurrentUser.find().orElse(null);
    }
}
