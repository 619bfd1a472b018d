package org.opencsc.returns.annexa;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencsc.returns.SchemaViolationException;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The published Annex A column list (sheet by sheet, in order), shipped beside the code: the
 * nearest thing Annex A has to a schema, so an export checks its sheets against it.
 */
final class AnnexAColumns {

    static final String RESOURCE = "returns/annex-a/annex-a-columns.yml";

    private AnnexAColumns() {
    }

    /** Sheet name to its column headings, as published. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> published() {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            // The list reuses its shared columns (child id, gender ...) by alias, more often than the default allows.
            var options = new LoaderOptions();
            options.setMaxAliasesForCollections(500);
            Map<String, Object> document = new Yaml(options).load(in);
            var sheets = (Map<String, Map<String, Object>>) document.get("datasources");
            var columns = new java.util.LinkedHashMap<String, List<String>>();
            sheets.forEach((sheet, headings) -> columns.put(sheet, List.copyOf(headings.keySet())));
            return columns;
        } catch (IOException unreadable) {
            throw new IllegalStateException("The Annex A column list " + RESOURCE + " cannot be read", unreadable);
        }
    }

    /** Every list has exactly the published sheet name and headings, in order; throws naming each difference. */
    static void check(List<AnnexAList> lists) {
        var published = published();
        var differences = new ArrayList<String>();
        for (var list : lists) {
            var expected = published.get(list.sheetName());
            if (expected == null) {
                differences.add(list.sheetName() + " is not a published list");
            } else if (!expected.equals(list.headings())) {
                differences.add(list.sheetName() + " has columns " + list.headings() + " but Ofsted's are " + expected);
            }
        }
        if (published.size() != lists.size()) {
            differences.add("the workbook has " + lists.size() + " lists; Ofsted's has " + published.size());
        }
        if (!differences.isEmpty()) {
            throw new SchemaViolationException("annex-a", String.join("; ", differences), null);
        }
    }
}
