package org.opencsc.platform;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * The one way a page form is saved: try the save; if the rules refuse it, put every problem on
 * the form's fields and show the form again exactly as typed.
 */
public final class FormPost {

    private FormPost() {
    }

    public static String save(BindingResult binding, Runnable save, Supplier<String> whenSaved, Supplier<String> showAgain) {
        return save(binding, () -> {
            save.run();
            return null;
        }, saved -> whenSaved.get(), showAgain);
    }

    /** As above, for a save that returns what it made (the new record's id, say). */
    public static <T> String save(BindingResult binding, Supplier<T> save, Function<T, String> whenSaved, Supplier<String> showAgain) {
        T saved;
        try {
            saved = save.get();
        } catch (InvalidInputException invalid) {
            FormErrors.addTo(binding, invalid.problems());
            return showAgain.get();
        }
        return whenSaved.apply(saved);
    }
}
