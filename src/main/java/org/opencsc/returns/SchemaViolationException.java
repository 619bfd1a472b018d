package org.opencsc.returns;

/**
 * A return built by the system does not meet its published schema. This is a fault in the
 * system, not in the records, so it stops the export rather than producing a file the DfE would
 * reject.
 */
public class SchemaViolationException extends RuntimeException {

    public SchemaViolationException(String returnName, String detail, Throwable cause) {
        super(returnName + " does not meet its published schema: " + detail, cause);
    }
}
