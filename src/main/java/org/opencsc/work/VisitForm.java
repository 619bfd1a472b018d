package org.opencsc.work;

import org.opencsc.platform.DateParts;

/** A visit as typed: seen and seen alone as "true"/"false" from radios. */
public record VisitForm(String kind, DateParts visitDate, String childSeen, String seenAlone, String observations) {
    public VisitForm {
        visitDate = DateParts.orEmpty(visitDate);
    }
}
