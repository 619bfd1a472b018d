package org.opencsc.returns.cin;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.opencsc.returns.SchemaViolationException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a return against its schema on a second thread while it is being written, reading the
 * same bytes as they go to the file, so the check adds almost nothing to the time of an export.
 */
final class SchemaCheckAlongside {

    private static final int PIPE = 1 << 20;

    private final PipedOutputStream toCheck;
    private final CompletableFuture<Void> checked = new CompletableFuture<>();

    SchemaCheckAlongside(Schema schema, String fileName) throws IOException {
        var fromWriter = new PipedInputStream(PIPE);
        toCheck = new PipedOutputStream(fromWriter);
        Thread.ofPlatform().name("cin-census-schema-check").daemon().start(() -> {
            try {
                // The parser closes its input when it stops at an error; the pipe must stay open to be drained.
                schema.newValidator().validate(new StreamSource(new FilterInputStream(fromWriter) {
                    @Override
                    public void close() {
                    }
                }));
                checked.complete(null);
            } catch (SAXParseException invalid) {
                checked.completeExceptionally(new SchemaViolationException(CinCensus.NAME,
                        fileName + " line " + invalid.getLineNumber() + ": " + invalid.getMessage(), invalid));
            } catch (SAXException | IOException | RuntimeException invalid) {
                checked.completeExceptionally(new SchemaViolationException(CinCensus.NAME, fileName + ": " + invalid.getMessage(), invalid));
            } finally {
                drain(fromWriter);
            }
        });
    }

    /** Everything written goes to the file and to the check. */
    OutputStream alongside(OutputStream file) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                file.write(b);
                toCheck.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                file.write(bytes, offset, length);
                toCheck.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                file.flush();
                toCheck.flush();
            }

            @Override
            public void close() throws IOException {
                try (file; toCheck) {
                    flush();
                }
            }
        };
    }

    /**
     * Waits for the check to read to the end.
     *
     * @throws SchemaViolationException when what was written does not meet the schema
     */
    void awaitValid() throws IOException {
        toCheck.close();
        try {
            checked.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof SchemaViolationException invalid) {
                throw invalid;
            }
            throw new IOException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while checking the return against its schema", interrupted);
        }
    }

    /** A check that stopped at an error still reads what follows, so the writer is never left waiting on a full pipe. */
    private static void drain(PipedInputStream in) {
        try (in) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // The writer has gone; there is nothing left to read.
        }
    }
}
