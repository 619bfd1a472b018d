package org.opencsc.platform;

import org.springframework.validation.BindingResult;

/** Puts problems found by the rules onto a form's binding so the page shows each by its field. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void addTo(BindingResult binding, FieldProblems problems) {
        for (var problem : problems.all()) {
            try {
                binding.rejectValue(problem.field(), "invalid", problem.message());
            } catch (RuntimeException notAFieldOfTheForm) {
                binding.reject("invalid", problem.message());
            }
        }
    }
}
