package org.opencsc.platform;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the command named on the command line, once everything else (migrations, the demo
 * authority) has started, and records its exit code for {@link OpenCscLauncher}.
 */
@Component
@Order(Integer.MAX_VALUE)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final List<Command> commands;
    private final String commandName;
    private volatile int exitCode;

    CommandRunner(List<Command> commands, @Value("${opencsc.command:}") String commandName) {
        this.commands = commands;
        this.commandName = commandName;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (commandName.isEmpty()) {
            return;
        }
        var command = commands.stream().filter(c -> c.name().equals(commandName)).findFirst();
        if (command.isEmpty()) {
            System.err.println("Unknown command " + commandName + ". Commands:");
            commands.forEach(c -> System.err.println("  " + c.usage()));
            exitCode = 2;
            return;
        }
        // The command reads its own flags (--out DIR), so it is given the words as typed after its
        // name, less the application's own settings (--opencsc.demo=none: keys with a dot).
        var words = java.util.Arrays.stream(args.getSourceArgs())
                .filter(word -> !(word.startsWith("--") && word.split("=", 2)[0].contains(".")))
                .toList();
        if (!words.isEmpty() && words.getFirst().equals(commandName)) {
            words = words.subList(1, words.size());
        }
        exitCode = command.get().run(words, System.out);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
