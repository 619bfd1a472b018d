package org.opencsc.returns.dfeapi;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;
import org.opencsc.returns.SchemaViolationException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DfE's published description of a payload: the {@code CSC} schema of the API's OpenAPI
 * document, shipped beside the code, with its date formats checked as well as its types.
 */
@Component
class DfeApiSchema {

    static final String RESOURCE = "returns/dfe-csc-api/openapi.json";

    private final Schema schema;

    DfeApiSchema() {
        JsonNode openApi;
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            openApi = JsonMapper.shared().readTree(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException("The DfE API description " + RESOURCE + " cannot be read", unreadable);
        }
        var config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
        var csc = openApi.path("components").path("schemas").path("CSC").deepCopy();
        // OpenAPI's "example" is documentation, not a JSON Schema keyword: left in, the validator warns of it on every start.
        if (csc.path("items") instanceof ObjectNode items) {
            items.remove("example");
        }
        schema = registry.getSchema(csc);
    }

    /** What in the payload breaks the schema, each with where it is; empty when it meets it. */
    List<String> problems(JsonNode payload) {
        return schema.validate(payload).stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    /** @throws SchemaViolationException naming the first problems, when the payload does not meet the schema */
    void check(JsonNode payload, String name) {
        var problems = problems(payload);
        if (!problems.isEmpty()) {
            throw new SchemaViolationException("dfe-api", name + ": " + String.join("; ", problems.subList(0, Math.min(10, problems.size()))), null);
        }
    }
}
