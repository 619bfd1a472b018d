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
        var periods = care.periodsForFigures(repository.changedAndEverLookedAfter(since));
        var mapper = JsonMapper.shared();
        var files = new ArrayList<Path>();
        var batch = mapper.createArrayNode();
        var written = new long[] {0};
        try {
            repository.changedChildren(since, (personId, json) -> {
                var child = (ObjectNode) mapper.readTree(json);
                var theirs = periods.get(personId);
                if (theirs != null) {
                    LookedAfterPlacements.addTo(child, theirs);
                }
                batch.add(child);
                if (batch.size() == CHILDREN_PER_PAYLOAD) {
                    files.add(writeBatch(batch, since, files.size() + 1, directory));
                    written[0] += batch.size();
                    progress.report("Children", written[0], 0);
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
