package org.opencsc.returns.dfeapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.care.CareService;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.RuleFailure;
import org.opencsc.returns.Severity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the payloads for the children whose records changed since a day: files of at most 100
 * children each (the most the API takes in one request), each checked against the DfE's schema
 * before it is written. Only the looked-after children's periods of care are held; every other
 * record passes through one file at a time.
 */
@Component
class DfePayloads {

    /** The API's limit on children in one request ({@code maxItems} of the CSC schema). */
    static final int CHILDREN_PER_PAYLOAD = 100;

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final DfeApiRepository repository;
    private final CareService care;
    private final DfeApiSchema schema;

    DfePayloads(DfeApiRepository repository, CareService care, DfeApiSchema schema) {
        this.repository = repository;
        this.care = care;
        this.schema = schema;
    }

    @Transactional(readOnly = true)
    List<Path> write(LocalDate since, Path directory, ExportProgress progress) throws IOException {
        var files = new ArrayList<Path>();
        var batch = JsonMapper.shared().createArrayNode();
        try {
            eachChild(since, (personId, child) -> {
                batch.add(child);
                if (batch.size() == CHILDREN_PER_PAYLOAD) {
                    files.add(writeBatch(batch, since, files.size() + 1, directory));
                    progress.report("Children", (long) files.size() * CHILDREN_PER_PAYLOAD, 0);
                    batch.removeAll();
                }
            });
        } catch (java.io.UncheckedIOException failed) {
            throw failed.getCause();
        }
        if (!batch.isEmpty() || files.isEmpty()) {
            files.add(writeBatch(batch, since, files.size() + 1, directory));
        }
        return files;
    }

    /**
     * Each changed child whose record would not meet the DfE's schema, with what in it does not:
     * the page lists them before anything is sent. Empty when every record would be accepted.
     */
    @Transactional(readOnly = true)
    List<RuleFailure> problems(LocalDate since, ExportProgress progress) {
        var failures = new ArrayList<RuleFailure>();
        var checked = new long[] {0};
        eachChild(since, (personId, child) -> {
            var problems = schema.problems(JsonMapper.shared().createArrayNode().add(child));
            if (!problems.isEmpty()) {
                failures.add(new RuleFailure("dfe-api", "schema", Severity.ERROR, String.join("; ", problems), personId,
                        child.path("la_child_id").asString(null), "Child's record", "/children/" + personId));
            }
            if (++checked[0] % CHILDREN_PER_PAYLOAD == 0) {
                progress.report("Children", checked[0], 0);
            }
        });
        return failures;
    }

    /** Every changed child's record, with their placements from care, in person id order. */
    private void eachChild(LocalDate since, java.util.function.BiConsumer<Long, ObjectNode> action) {
        var periods = care.periodsForFigures(repository.changedAndEverLookedAfter(since));
        var mapper = JsonMapper.shared();
        repository.changedChildren(since, (personId, json) -> {
            var child = (ObjectNode) mapper.readTree(json);
            var theirs = periods.get(personId);
            if (theirs != null) {
                LookedAfterPlacements.addTo(child, theirs);
            }
            action.accept(personId, child);
        });
    }

    private Path writeBatch(ArrayNode batch, LocalDate since, int number, Path directory) {
        var name = "dfe-api-since-" + FILE_DATE.format(since) + "-" + String.format("%04d", number) + ".json";
        schema.check(batch, name);
        var file = directory.resolve(name);
        try {
            Files.writeString(file, JsonMapper.shared().writeValueAsString(batch));
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
        return file;
    }
}
