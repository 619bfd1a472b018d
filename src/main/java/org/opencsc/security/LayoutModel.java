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

    /**
     * "restored" when the page shows a form kept across a sign-in (set by {@link FormRescue} only
     * when it really put the kept values back), "notKept" when what was typed was too much to keep.
     */
    @ModelAttribute("formRescue")
    String formRescue(jakarta.servlet.http.HttpServletRequest request) {
        if (FormRescue.isRestored(request)) {
            return "restored";
        }
        return "GET".equals(request.getMethod()) && request.getParameterMap().containsKey(FormRescue.NOT_KEPT_PARAMETER) ? "notKept" : null;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        return CurrentUser.find().orElse(null);
    }
}
