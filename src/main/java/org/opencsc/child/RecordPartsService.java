package org.opencsc.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.opencsc.security.AuditSubject;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.StaffAccountService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Addresses, family and network, professionals, allocations and warnings on a person's record. */
@Service
public class RecordPartsService {


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

    /** A relative or carer: an existing person by LA child ID, or a new one by name. */
    public record RelationshipForm(String kind, String existingLaChildId, String givenName, String familyName, DateParts dateOfBirth,
                                   String personKind, Boolean parentalResponsibility, DateParts startDate) {
        public RelationshipForm {
            dateOfBirth = DateParts.orEmpty(dateOfBirth);
            startDate = DateParts.orEmpty(startDate);
        }
    }

    public record InvolvementForm(String role, String name, String organisation, String phone, String email, DateParts startDate) {
        public InvolvementForm {
            startDate = DateParts.orEmpty(startDate);
        }
    }

    public record AllocationForm(Long teamId, Long workerId, DateParts startDate) {
        public AllocationForm {
            startDate = DateParts.orEmpty(startDate);
        }
    }

    public record OtherNameForm(String kind, String givenName, String familyName) {
    }

    /** Kinds of other name: searched like the main name, so a child is found by any of them. */
    public static final java.util.Map<String, String> OTHER_NAME_KINDS = java.util.Map.of(
            "known as", "Known as", "previous name", "Previous name", "name at birth", "Name at birth", "alias", "Alias");

    /** Who a professional is to the child; free text is allowed for the rare others. */
    public static final java.util.List<String> PROFESSIONAL_ROLES = java.util.List.of("GP", "Health visitor", "School nurse", "School",
            "Designated safeguarding lead", "Early years setting", "CAMHS", "Police", "Youth justice", "Housing", "Probation",
            "Adult social care", "Solicitor", "Independent reviewing officer", "Other");

    private final ChildRecordService records;
    private final RecordPartsRepository parts;
    private final StaffAccountService staff;
    private final AuditLog audit;
    private final Clock clock;

    RecordPartsService(ChildRecordService records, RecordPartsRepository parts, StaffAccountService staff, AuditLog audit, Clock clock) {
        this.records = records;
        this.parts = parts;
        this.staff = staff;
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
        return liveWarnings(records.visible(personId));
    }

    /** For a person already read (and so already checked as visible): no second look-up. */
    @Transactional(readOnly = true)
    List<WarningNote> liveWarnings(Person person) {
        return parts.warnings(person.id()).stream().filter(w -> w.endDate() == null).toList();
    }

    /** The family and network tab: the person, read and logged once, with their relationships. */
    public record PeopleTab(Person person, List<Relationship> relationships) {
    }

    /** The professionals and allocation tab. */
    public record InvolvementsTab(Person person, List<Involvement> involvements, List<Allocation> allocations) {
    }

    @Transactional
    public PeopleTab peopleTab(long personId) {
        var person = records.view(personId, "Viewed family and network");
        return new PeopleTab(person, parts.relationships(personId, CurrentUser.get().id()));
    }

    @Transactional
    public InvolvementsTab involvementsTab(long personId) {
        var person = records.view(personId, "Viewed professionals and allocations");
        return new InvolvementsTab(person, parts.involvements(personId), parts.allocations(personId));
    }

    @Transactional
    public List<Relationship> relationships(long personId) {
        return peopleTab(personId).relationships();
    }

    @Transactional
    public List<Involvement> involvements(long personId) {
        return involvementsTab(personId).involvements();
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
        var normalised = problems.postcode("postcode", "Postcode", form.postcode(), true);
        var start = form.startDate().read("startDate", "Date moved in", problems);
        problems.check(start != null || problems.has("startDate"), "startDate", "Enter the date moved in");
        problems.check(start, d -> !d.isAfter(today()), "startDate", "Date moved in must be today or in the past");
        problems.throwIfAny();
        parts.addAddress(personId, line1, line2, town, normalised, start, CurrentUser.username());
        audit.record(AuditAction.UPDATE, personId, "Added an address from " + start);
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
        audit.record(AuditAction.UPDATE, personId, "Added a warning from " + start);
    }

    @Transactional
    public long addRelationship(long personId, RelationshipForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var kind = problems.choice("kind", "Relationship", form.kind(), code -> org.opencsc.platform.Coded.fromCode(RelationshipKind.class, code), true);
        var start = form.startDate().read("startDate", "Relationship start date", problems);
        problems.check(start, d -> !d.isAfter(today()), "startDate", "Relationship start date must be today or in the past");
        Long relatedId = null;
        var existing = problems.text("existingLaChildId", "LA child ID of someone already recorded", form.existingLaChildId(), 20, false);
        if (existing != null) {
            var found = records.search(ChildSearch.parse(existing, null, 0)).stream()
                    .filter(p -> existing.equalsIgnoreCase(p.laChildId())).findFirst();
            problems.check(found.isPresent(), "existingLaChildId", "LA child ID " + existing + " does not match anyone you can see");
            relatedId = found.map(PersonSummary::id).orElse(null);
            problems.check(relatedId == null || relatedId != personId, "existingLaChildId", "A person cannot be related to themselves");
        } else {
            var given = problems.text("givenName", "Given name", form.givenName(), 100, true);
            var family = problems.text("familyName", "Family name", form.familyName(), 100, true);
            var born = form.dateOfBirth().read("dateOfBirth", "Date of birth", problems);
            problems.check(born, d -> !d.isAfter(today()), "dateOfBirth", "Date of birth must be today or in the past");
            var newKind = problems.choice("personKind", "Who this person is", form.personKind(),
                    code -> org.opencsc.platform.Coded.fromCode(PersonKind.class, code), true);
            problems.throwIfAny();
            relatedId = records.create(new PersonForm(newKind.name(), null, given, null, family, form.dateOfBirth(), DateParts.EMPTY, "U",
                    null, null, null, null, null, null, null, null, null, false, List.of(), null));
        }
        problems.throwIfAny();
        parts.addRelationship(personId, relatedId, kind, Boolean.TRUE.equals(form.parentalResponsibility()), start, CurrentUser.username());
        audit.record(AuditAction.UPDATE, personId, "Recorded a relationship: " + kind.label().toLowerCase() + " (record " + relatedId + ")",
                AuditSubject.person(relatedId));
        return relatedId;
    }

    @Transactional
    public void addOtherName(long personId, OtherNameForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var kind = problems.choice("kind", "Kind of name", form.kind(),
                code -> java.util.Optional.ofNullable(OTHER_NAME_KINDS.containsKey(code) ? code : null), true);
        var given = problems.text("givenName", "Given name", form.givenName(), 100, true);
        var family = problems.text("familyName", "Family name", form.familyName(), 100, true);
        problems.throwIfAny();
        parts.addOtherName(personId, kind, given, family);
        audit.record(AuditAction.UPDATE, personId, "Added another name (" + kind + ")");
    }

    @Transactional
    public void addInvolvement(long personId, InvolvementForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var role = problems.text("role", "Role", form.role(), 40, true);
        var name = problems.text("name", "Name", form.name(), 120, true);
        var organisation = problems.text("organisation", "Organisation", form.organisation(), 120, false);
        var phone = problems.text("phone", "Phone number", form.phone(), 30, false);
        problems.check(phone, p -> p.matches("[0-9 +()-]{6,30}"), "phone", "Phone number must only include numbers, spaces, brackets, + and -");
        var email = problems.text("email", "Email address", form.email(), 254, false);
        problems.check(email, e -> e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "Enter an email address in the correct format, like name@school.sch.uk");
        var start = form.startDate().read("startDate", "Involved from", problems);
        problems.check(start != null || problems.has("startDate"), "startDate", "Enter the date they became involved");
        problems.check(start, d -> !d.isAfter(today()), "startDate", "Involved from must be today or in the past");
        problems.throwIfAny();
        parts.addInvolvement(personId, role, name, organisation, phone, email, start, CurrentUser.username());
        audit.record(AuditAction.UPDATE, personId, "Added a professional or agency involved from " + start);
    }

    @Transactional
    public void allocate(long personId, AllocationForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        problems.check(form.teamId() != null, "teamId", "Select a team");
        var team = form.teamId() == null ? null : staff.teamOptions().get(String.valueOf(form.teamId()));
        problems.check(form.teamId() == null || team != null, "teamId", "Team must be one of the listed teams");
        if (form.workerId() != null && team != null) {
            problems.check(staff.isMemberOf(form.workerId(), form.teamId()), "workerId", "Worker must be a member of the team chosen");
        }
        var start = form.startDate().read("startDate", "Allocated from", problems);
        problems.check(start != null || problems.has("startDate"), "startDate", "Enter the date of the allocation");
        problems.check(start, d -> !d.isAfter(today()), "startDate", "Allocated from must be today or in the past");
        var current = parts.allocations(personId).stream().filter(a -> a.endDate() == null).findFirst();
        if (start != null && current.isPresent()) {
            problems.check(!start.isBefore(current.get().startDate()), "startDate",
                    "Allocated from (" + start + ") must not be before the current allocation started (" + current.get().startDate() + ")");
        }
        problems.throwIfAny();
        parts.allocate(personId, form.teamId(), form.workerId(), start, CurrentUser.username());
        audit.record(AuditAction.UPDATE, personId, "Allocated to " + team + (form.workerId() == null ? " (no worker)" : ""));
    }

    public java.util.Map<String, String> teams() {
        return staff.teamOptions();
    }

    public java.util.Map<String, String> workers() {
        return staff.caseHolderOptions();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
