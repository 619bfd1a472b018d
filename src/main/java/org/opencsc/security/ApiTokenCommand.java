package org.opencsc.security;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.Command;
import org.opencsc.platform.CommandLine;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * {@code api-token create USERNAME [--days N] [--label TEXT]} prints a new token for that staff
 * account, once; {@code api-token list} and {@code api-token revoke ID}. Runs on the application's
 * database, also while the application is running (the embedded server is shared), so that the
 * first integration can be set up before any administrator has signed in.
 */
@Component
class ApiTokenCommand implements Command {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ClockZone.UK);

    private final ApiTokenService tokens;

    ApiTokenCommand(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return "api-token";
    }

    @Override
    public String usage() {
        return "api-token create USERNAME [--days N] [--label TEXT] | api-token list | api-token revoke ID";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        var line = CommandLine.parse(arguments, Set.of());
        var words = line.words();
        var action = words.isEmpty() ? "" : words.getFirst();
        try {
            switch (action) {
                case "create" -> {
                    if (words.size() != 2) {
                        break;
                    }
                    if (line.has("days") && line.flag("days").isEmpty()) {
                        System.err.println("--days needs a number of days, from 1 to " + ApiTokenService.MAXIMUM_DAYS);
                        return 2;
                    }
                    var issued = tokens.issue(new ApiTokenForm(words.get(1), line.flag("label").orElse("Issued on the command line"),
                            line.flag("days").orElse("")), "command line (" + System.getProperty("user.name", "unknown") + ")");
                    System.err.println("API token " + issued.id() + " for " + issued.username() + ", expires " + DAY.format(issued.expiresAt())
                            + ". It is shown once and not kept: copy it now. Send it as Authorization: Bearer <token>.");
                    out.println(issued.token());
                    return 0;
                }
                case "list" -> {
                    if (words.size() != 1) {
                        break;
                    }
                    var now = java.time.Instant.now();
                    for (int page = 0; ; page++) {
                        var found = tokens.tokens(page);
                        found.stream().limit(100).forEach(t -> out.println(String.join("\t", String.valueOf(t.id()), t.username(),
                                t.statusAt(now), "expires " + DAY.format(t.expiresAt()), t.label())));
                        if (found.size() <= 100) {
                            break;
                        }
                    }
                    return 0;
                }
                case "revoke" -> {
                    if (words.size() != 2) {
                        break;
                    }
                    if (!words.get(1).matches("\\d{1,18}")) {
                        System.err.println("The token's number must be a whole number, as printed by api-token list");
                        return 2;
                    }
                    var revoked = tokens.revoke(Long.parseLong(words.get(1)), "command line (" + System.getProperty("user.name", "unknown") + ")");
                    out.println("Revoked API token " + revoked.id() + " of " + revoked.username());
                    return 0;
                }
                default -> {
                }
            }
        } catch (InvalidInputException invalid) {
            invalid.problems().all().forEach(problem -> System.err.println(problem.field().equals("days") ? "--days: " + problem.message()
                    : problem.field().equals("label") ? "--label: " + problem.message() : problem.message()));
            return 1;
        } catch (NotFoundException notFound) {
            System.err.println(notFound.getMessage());
            return 1;
        }
        System.err.println("Usage: java -jar opencsc.jar " + usage());
        return 2;
    }
}
