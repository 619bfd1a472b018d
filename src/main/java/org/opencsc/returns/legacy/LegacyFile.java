package org.opencsc.returns.legacy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files of the DfE SSDA903 CSV set, each with the table of the published schema that names
 * its columns, and whether the import puts its rows into the child's records yet. The rows of a
 * file not yet applied are still checked, staged and reported, so nothing a council sent is lost.
 */
enum LegacyFile {
    HEADER("header.csv", "Header", true),
    EPISODES("episodes.csv", "Episodes", true),
    REVIEWS("reviews.csv", "Reviews", true),
    UASC("uasc.csv", "UASC", true),
    MISSING("missing.csv", "Missing", true),
    OC2("oc2.csv", "OC2", true),
    OC3("oc3.csv", "OC3", false),
    AD1("ad1.csv", "AD1", false),
    PLACED_FOR_ADOPTION("placed_for_adoption.csv", "PlacedAdoption", true),
    PREVIOUS_PERMANENCE("previous_permanence.csv", "PrevPerm", true),
    SOCIAL_WORKER("sw_episodes.csv", "SocialWorker", false);

    private final String fileName;
    private final String schemaTable;
    private final boolean applied;

    LegacyFile(String fileName, String schemaTable, boolean applied) {
        this.fileName = fileName;
        this.schemaTable = schemaTable;
        this.applied = applied;
    }

    String fileName() {
        return fileName;
    }

    String schemaTable() {
        return schemaTable;
    }

    /**
     * Whether its rows go into the child's records (the others are staged and checked only). A
     * row of an applied file may still be kept, when the records have no certain place for it.
     */
    boolean applied() {
        return applied;
    }

    static Optional<LegacyFile> named(String fileName) {
        return Arrays.stream(values()).filter(file -> file.fileName.equals(fileName)).findFirst();
    }
}
