package org.opencsc.returns;

/**
 * What a long export tells whoever is waiting: the page shows it as a progress bar, the command
 * line ignores it. Called from the exporting thread; implementations must be cheap.
 */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (step, done, total) -> { };

    /** {@code done} of {@code total} children (or rows) through {@code step}; total 0 when unknown. */
    void report(String step, long done, long total);
}
