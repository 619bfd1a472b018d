package org.opencsc.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A value from a published code list (CIN census, SSDA903 ...) with the words staff see. */
public interface Coded {

    String code();

    String label();

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** "Yes" and "No" for a pair of radios bound to a true/false answer. */
    Map<String, String> YES_NO = yesNo();

    private static Map<String, String> yesNo() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("true", "Yes");
        options.put("false", "No");
        return java.util.Collections.unmodifiableMap(options);
    }

    /** Code to "code: label", for published lists whose codes staff know and returns use (SSDA903 LS, PLACE ...). */
    static <E extends Enum<E> & Coded> Map<String, String> codedOptions(Class<E> type) {
        Map<String, String> options = new LinkedHashMap<>();
        for (var value : type.getEnumConstants()) {
            options.put(value.code(), value.code() + ": " + value.label());
        }
        return options;
    }

    /** Code to label, in the list's order: what a select or radio group shows. */
    static <E extends Enum<E> & Coded> Map<String, String> options(Class<E> type) {
        Map<String, String> options = new LinkedHashMap<>();
        for (var value : type.getEnumConstants()) {
            options.put(value.code(), value.label());
        }
        return options;
    }
}
