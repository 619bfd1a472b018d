package org.opencsc.returns;

/** What the performance team asks for: which return, for which year, checked or produced. */
public record ReturnRunForm(String statutoryReturn, String collectionYear, String purpose) {

    static ReturnRunForm blank(CollectionYear latest) {
        return new ReturnRunForm(null, String.valueOf(latest.year()), ReturnRun.Purpose.CHECK.name());
    }
}
