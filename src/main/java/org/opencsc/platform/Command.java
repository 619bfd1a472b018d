package org.opencsc.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * Something analysts and administrators run from the command line with
 * {@code java -jar opencsc.jar NAME ARGS...}, on the same database the application uses.
 */
public interface Command {

    /** The word typed after the jar's name. */
    String name();

    /** One line for the list of commands. */
    String usage();

    /** Whether the command needs the web server running (a benchmark does; most do not). */
    default boolean needsWebServer() {
        return false;
    }

    /** Runs the command; the result is the process's exit code. */
    int run(List<String> arguments, PrintStream out) throws Exception;
}
