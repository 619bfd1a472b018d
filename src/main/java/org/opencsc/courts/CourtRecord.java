package org.opencsc.courts;

import java.util.List;

/**
 * Everything the court page shows of a child: pre-proceedings and applications to court, newest
 * first, the legal status the care record gives the child now, and where the two disagree.
 */
public record CourtRecord(List<PreProceedings> preProceedings, List<CareProceedings> proceedings, String legalStatus, String legalStatusLabel,
                          List<String> warnings) {

    public CourtRecord {
        preProceedings = List.copyOf(preProceedings);
        proceedings = List.copyOf(proceedings);
        warnings = List.copyOf(warnings);
    }

    public boolean inPreProceedings() {
        return preProceedings.stream().anyMatch(PreProceedings::open);
    }

    public List<CareProceedings> openProceedings() {
        return proceedings.stream().filter(CareProceedings::open).toList();
    }
}
