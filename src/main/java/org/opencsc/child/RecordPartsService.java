package org.opencsc.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.opencsc.child.RecordParts.Address;
import org.opencsc.child.RecordParts.Allocation;
import org.opencsc.child.RecordParts.Involvement;
import org.opencsc.child.RecordParts.OtherName;
import org.opencsc.child.RecordParts.Relationship;
import org.opencsc.child.RecordParts.WarningNote;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Addresses, family and network, professionals, allocations and warnings on a person's record. */
@Service
public class RecordPartsService {

    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$");

    public record Summary(Person person, List<Address> addresses, List<WarningNote> warnings, List<Allocation> allocations,
                          List<OtherName> otherNames) {
        public Address currentAddress() {
            return addresses.stream().filter(Address::current).findFirst().orElse(null);
        }

        public Allocation currentAllocation() {
            return allocations.stream().filter(a -> a.endDate() == null).findFirst().orElse(null);
        }
    }

    public record AddressForm(String line1, String line2, String town, String postcode, DateParts startDate) {
        public AddressForm {
            startDate = DateParts.orEmpty(startDate);
        }
    }

    public record WarningForm(String category, String note, DateParts startDate, DateParts reviewDate) {
        public WarningForm {
            startDate = DateParts.orEmpty(startDate);
            reviewDate = DateParts.orEmpty(reviewDate);
        }
    }

    private final ChildRecordService records;
    private final RecordPartsRepository parts;
    private final AuditLog audit;
    private final Clock clock;

    RecordPartsService(ChildRecordService records, RecordPartsRepository parts, AuditLog audit, Clock clock) {
        this.records = records;
        this.parts = parts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Summary summary(long personId) {
        var person = records.view(personId, "Viewed summary");
        return new Summary(person, parts.addresses(personId), parts.warnings(personId), parts.allocations(personId),
                parts.otherNames(personId));
    }

    /** The header shown on every tab: the person and their live warnings, without logging a second view. */
    @Transactional(readOnly = true)
    public List<WarningNote> liveWarnings(long personId) {
        records.visible(personId);
        return parts.warnings(personId).stream().filter(w -> w.endDate() == null).toList();
    }

    @Transactional
    public List<Relationship> relationships(long personId) {
        records.view(personId, "Viewed family and network");
        return parts.relationships(personId, CurrentUser.get().id());
    }

    @Transactional
    public List<Involvement> involvements(long personId) {
        records.view(personId, "Viewed professionals and allocations");
        return parts.involvements(personId);
    }

    @Transactional(readOnly = true)
    public List<Allocation> allocations(long personId) {
        records.visible(personId);
        return parts.allocations(personId);
    }

    @Transactional
    public void addAddress(long personId, AddressForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var line1 = problems.text("line1", "Address line 1", form.line1(), 120, true);
        var line2 = problems.text("line2", "Address line 2", form.line2(), 120, false);
        var town = problems.text("town", "Town or city", form.town(), 80, false);
        var postcode = problems.text("postcode", "Postcode", form.postcode(), 8, true);
        var normalised = postcode == null ? null : formatPostcode(postcode);
        problems.check(normalised, p -> POSTCODE.matcher(p).matches(), "postcode", "Enter a real postcode, like NW1 4AB");
        var start = form.startDate().read("startDate", "Date moved in", problems);
        problems.check(start != null || problems.has("startDate"), "startDate", "Enter the date moved in");
        problems.check(start, d -> !d.isAfter(today()), "startDate", "Date moved in must be today or in the past");
        problems.throwIfAny();
        parts.addAddress(personId, line1, line2, town, normalised, start, CurrentUser.username());
        audit.record(AuditAction.UPDATE, personId, "Added address at " + normalised);
    }

    @Transactional
    public void addWarning(long personId, WarningForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var category = problems.text("category", "Warning category", form.category(), 40, true);
        var note = problems.text("note", "Warning", form.note(), 2000, true);
        var start = form.startDate().read("startDate", "Start date", problems);
        var review = form.reviewDate().read("reviewDate", "Review date", problems);
        problems.check(start != null || problems.has("startDate"), "startDate", "Enter the start date");
        problems.check(review != null || problems.has("reviewDate"), "reviewDate", "Enter the review date");
        if (start != null && review != null) {
            problems.check(review.isAfter(start), "reviewDate",
                    "Review date (" + review + ") must be after the start date (" + start + ")");
        }
        problems.throwIfAny();
        parts.addWarning(personId, category, note, start, review, CurrentUser.username());
        audit.record(AuditAction.UPDATE, personId, "Added warning: " + category);
    }

    static String formatPostcode(String typed) {
        var compact = typed.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return compact.length() < 5 ? compact : compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
