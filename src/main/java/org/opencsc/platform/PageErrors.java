package org.opencsc.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A record that is not there, or that this person may not know exists, is answered with the
 * ordinary 404 page, rendered by the error controller like any other page.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /**
     * Input refused outside a form's own save (a JSON body with a NUL character, say): the error
     * page naming each field, never a 500. A form's save catches its own and shows the form again.
     */
    @ExceptionHandler(InvalidInputException.class)
    org.springframework.web.servlet.ModelAndView invalid(InvalidInputException invalid) {
        var page = new org.springframework.web.servlet.ModelAndView("error/400");
        page.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
        page.addObject(RequestInputGuard.PROBLEMS, invalid.problems().all());
        return page;
    }

    /** A service's refusal: the 403 page, saying what the role does not allow. */
    @ExceptionHandler(NotPermittedException.class)
    org.springframework.web.servlet.ModelAndView notPermitted(NotPermittedException refused) {
        var page = new org.springframework.web.servlet.ModelAndView("error/403");
        page.setStatus(org.springframework.http.HttpStatus.FORBIDDEN);
        page.addObject("reason", refused.getMessage());
        return page;
    }
}
