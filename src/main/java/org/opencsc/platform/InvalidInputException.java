package org.opencsc.platform;

/** What someone submitted cannot be saved; the problems say which fields and why. */
public class InvalidInputException extends RuntimeException {

    private final transient FieldProblems problems;

    public InvalidInputException(FieldProblems problems) {
        super("invalid input: " + problems.all());
        this.problems = problems;
    }

    public InvalidInputException(String field, String message) {
        this(single(field, message));
    }

    private static FieldProblems single(String field, String message) {
        var problems = new FieldProblems();
        problems.add(field, message);
        return problems;
    }

    public FieldProblems problems() {
        return problems;
    }
}
