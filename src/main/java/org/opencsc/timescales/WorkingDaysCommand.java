package org.opencsc.timescales;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.opencsc.platform.Command;
import org.springframework.stereotype.Component;

/**
 * {@code working-days add 2026-12-24 1} prints 2026-12-29; {@code working-days between FROM TO}
 * prints the count. For analysts checking a due date by hand against the same calendar.
 */
@Component
class WorkingDaysCommand implements Command {

    private final WorkingDayCalendar calendar;

    WorkingDaysCommand(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "working-days";
    }

    @Override
    public String usage() {
        return "working-days add DATE N | working-days between FROM TO   (dates as YYYY-MM-DD)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        try {
            if (arguments.size() == 3 && arguments.get(0).equals("add")) {
                out.println(calendar.addWorkingDays(LocalDate.parse(arguments.get(1)), Integer.parseInt(arguments.get(2))));
                return 0;
            }
            if (arguments.size() == 3 && arguments.get(0).equals("between")) {
                out.println(calendar.workingDaysBetween(LocalDate.parse(arguments.get(1)), LocalDate.parse(arguments.get(2))));
                return 0;
            }
        } catch (DateTimeParseException | NumberFormatException badArgument) {
            System.err.println("Not understood: " + badArgument.getMessage());
        }
        System.err.println("Usage: java -jar opencsc.jar " + usage());
        return 2;
    }
}
