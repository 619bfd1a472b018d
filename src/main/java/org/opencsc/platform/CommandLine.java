package org.opencsc.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words and flags typed after a command's name. Flags take the forms {@code --out DIR} and
 * {@code --out=DIR}; a switch ({@code --validate}) stands alone. Settings of the application
 * itself ({@code --opencsc.demo=none}, any key with a dot) are Spring's and are passed over.
 */
public record CommandLine(List<String> words, Map<String, String> flags) {

    public static CommandLine parse(List<String> arguments, Set<String> switches) {
        var words = new ArrayList<String>();
        var flags = new LinkedHashMap<String, String>();
        for (int i = 0; i < arguments.size(); i++) {
            var argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                words.add(argument);
                continue;
            }
            var body = argument.substring(2);
            var equals = body.indexOf('=');
            var name = equals < 0 ? body : body.substring(0, equals);
            if (name.contains(".")) {
                continue;
            }
            if (equals >= 0) {
                flags.put(name, body.substring(equals + 1));
            } else if (switches.contains(name)) {
                flags.put(name, "true");
            } else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
                flags.put(name, arguments.get(++i));
            } else {
                flags.put(name, "");
            }
        }
        return new CommandLine(List.copyOf(words), Map.copyOf(flags));
    }

    public Optional<String> flag(String name) {
        return Optional.ofNullable(flags.get(name)).filter(value -> !value.isBlank());
    }

    public boolean has(String name) {
        return flags.containsKey(name);
    }
}
