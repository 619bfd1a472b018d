package org.opencsc.child;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.opencsc.platform.DateParts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.opencsc.security.ListsChildren;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Children's records as JSON, with the same rules, restrictions and audit as the pages. */
@RestController
@RequestMapping(path = "/api/children", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Children", description = "People on the record: children, unborn children, family members and carers")
class ChildApi {

    /** A person's details as an API client sends them: dates as YYYY-MM-DD. */
    record PersonRequest(String kind, String laChildId, String givenName, String middleNames, String familyName, String dateOfBirth,
                         String expectedDateOfBirth, String sex, String genderIdentity, String ethnicity, String upn, String formerUpn,
                         String upnUnknownReason, String nhsNumber, String firstLanguage, String religion, String immigrationStatus,
                         Boolean uasc, List<String> disabilities, Integer version) {

        PersonForm toForm() {
            return new PersonForm(kind, laChildId, givenName, middleNames, familyName, DateParts.fromIso(dateOfBirth),
                    DateParts.fromIso(expectedDateOfBirth), sex, genderIdentity, ethnicity, upn, formerUpn, upnUnknownReason,
                    nhsNumber, firstLanguage, religion, immigrationStatus, uasc, disabilities, version);
        }
    }

    record ChildRecord(Person person, List<RecordParts.Address> addresses, List<RecordParts.WarningNote> warnings,
                       List<RecordParts.Allocation> allocations, List<RecordParts.OtherName> otherNames) {
    }

    record AddressRequest(String line1, String line2, String town, String postcode, String startDate) {
    }

    record WarningRequest(String category, String note, String startDate, String reviewDate) {
    }

    record RelationshipRequest(String kind, String existingLaChildId, String givenName, String familyName, String dateOfBirth,
                               String personKind, Boolean parentalResponsibility, String startDate) {
    }

    record InvolvementRequest(String role, String name, String organisation, String phone, String email, String startDate) {
    }

    record AllocationRequest(Long teamId, Long workerId, String startDate) {
    }

    private final ChildRecordService records;
    private final RecordPartsService parts;

    ChildApi(ChildRecordService records, RecordPartsService parts) {
        this.records = records;
        this.parts = parts;
    }

    @ListsChildren("search results")
    @GetMapping
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Search by name, date of birth, LA child ID, UPN, NHS number or postcode")
    List<PersonSummary> search(@RequestParam(required = false) String q, @RequestParam(required = false) String postcode,
                               @RequestParam(defaultValue = "0") int page) {
        return records.search(ChildSearch.parse(q, postcode, page)).stream().limit(ChildSearch.PAGE_SIZE).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "A person's record: details, addresses, warnings, allocations and other names")
    ChildRecord read(@PathVariable long id) {
        var summary = parts.summary(id);
        return new ChildRecord(summary.person(), summary.addresses(), summary.warnings(), summary.allocations(), summary.otherNames());
    }

    @GetMapping("/{id}/relationships")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Family and network")
    List<RecordParts.Relationship> relationships(@PathVariable long id) {
        return parts.relationships(id);
    }

    @PostMapping(path = "/{id}/addresses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Add a new current address; the previous one ends on the day it starts")
    ChildRecord addAddress(@PathVariable long id, @RequestBody AddressRequest request) {
        parts.addAddress(id, new RecordPartsService.AddressForm(request.line1(), request.line2(), request.town(), request.postcode(),
                DateParts.fromIso(request.startDate())));
        return read(id);
    }

    @PostMapping(path = "/{id}/warnings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Add a warning with its review date")
    ChildRecord addWarning(@PathVariable long id, @RequestBody WarningRequest request) {
        parts.addWarning(id, new RecordPartsService.WarningForm(request.category(), request.note(), DateParts.fromIso(request.startDate()),
                DateParts.fromIso(request.reviewDate())));
        return read(id);
    }

    @PostMapping(path = "/{id}/relationships", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record a family member or carer: someone already recorded (by LA child ID) or someone new")
    List<RecordParts.Relationship> addRelationship(@PathVariable long id, @RequestBody RelationshipRequest request) {
        parts.addRelationship(id, new RecordPartsService.RelationshipForm(request.kind(), request.existingLaChildId(), request.givenName(),
                request.familyName(), DateParts.fromIso(request.dateOfBirth()), request.personKind(), request.parentalResponsibility(),
                DateParts.fromIso(request.startDate())));
        return parts.relationships(id);
    }

    @PostMapping(path = "/{id}/involvements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Add a professional involved with the child")
    List<RecordParts.Involvement> addInvolvement(@PathVariable long id, @RequestBody InvolvementRequest request) {
        parts.addInvolvement(id, new RecordPartsService.InvolvementForm(request.role(), request.name(), request.organisation(),
                request.phone(), request.email(), DateParts.fromIso(request.startDate())));
        return parts.involvements(id);
    }

    @PostMapping(path = "/{id}/allocation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('ALLOCATE')")
    @Operation(summary = "Allocate to a team and (optionally) a worker; the current allocation ends that day")
    List<RecordParts.Allocation> allocate(@PathVariable long id, @RequestBody AllocationRequest request) {
        parts.allocate(id, new RecordPartsService.AllocationForm(request.teamId(), request.workerId(), DateParts.fromIso(request.startDate())));
        return parts.allocations(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_CREATE')")
    @Operation(summary = "Record a new person")
    ResponseEntity<Person> create(@RequestBody PersonRequest request) {
        var id = records.create(request.toForm());
        return ResponseEntity.created(URI.create("/api/children/" + id)).body(records.visible(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Change a person's details; send the version you read, or get 409 if someone changed it since")
    Person update(@PathVariable long id, @RequestBody PersonRequest request) {
        records.update(id, request.toForm());
        return records.visible(id);
    }
}
