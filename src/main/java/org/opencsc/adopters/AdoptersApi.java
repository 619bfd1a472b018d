package org.opencsc.adopters;

import org.opencsc.security.ListsChildren;
import org.opencsc.security.ShowsNoChildRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.opencsc.adopters.AdoptersForms.ApprovalForm;
import org.opencsc.adopters.AdoptersForms.FamilyForm;
import org.opencsc.adopters.AdoptersForms.LeavingForm;
import org.opencsc.adopters.AdoptersForms.StepForm;
import org.opencsc.platform.Coded;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Prospective adoptive families and their journey as JSON. */
@RestController
@Tag(name = "Adopters", description = "Prospective adoptive families: enquiry, stage one (2 months), application and stage two (4 months), panel and "
        + "approval, fostering for adoption, matches with children, leaving the process; Annex A list 11")
class AdoptersApi {

    private final AdoptersService adopters;

    AdoptersApi(AdoptersService adopters) {
        this.adopters = adopters;
    }

    @ShowsNoChildRecord("adoptive families and counts, no child")
    @GetMapping(path = "/api/adopters", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The adoption team's work list: families by stage with each stage's due date and standing (stage: one stage only), "
            + "approved families waiting for a match, families that left in the last 12 months")
    AdoptersService.WorkList workList(@RequestParam(required = false) String stage) {
        return adopters.workList(Coded.fromCode(FamilyStage.class, stage).orElse(null));
    }

    @ListsChildren("children matched with an adoptive family")
    @GetMapping(path = "/api/adopters/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "A family with its adopters, the dates of its journey, its stage and each stage's clock, and its matches")
    AdoptersService.FamilyView family(@PathVariable long id) {
        return adopters.family(id);
    }

    @ShowsNoChildRecord("adopters' Annex A rows: counts of children, no child")
    @GetMapping(path = "/api/adopters/annex-a", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Every prospective adopter as a row of Annex A list 11")
    List<AnnexAAdopter> annexA() {
        return adopters.annexA();
    }

    @PostMapping(path = "/api/adopters", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A family's enquiry (enquiryDate) with one or two adopters; fastTrack FOSTER_CARERS or PREVIOUS_ADOPTERS skips stage one")
    Map<String, Long> addFamily(@RequestBody FamilyForm form) {
        return Map.of("id", adopters.addFamily(form));
    }

    @PostMapping(path = "/api/adopters/{id}/stage-one", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The registration of interest accepted on date: stage one starts")
    void startStageOne(@PathVariable long id, @RequestBody StepForm form) {
        adopters.startStageOne(id, form);
    }

    @PostMapping(path = "/api/adopters/{id}/stage-one-end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The decision to proceed on date: stage one ends")
    void endStageOne(@PathVariable long id, @RequestBody StepForm form) {
        adopters.endStageOne(id, form);
    }

    @PostMapping(path = "/api/adopters/{id}/application", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The application received on date: stage two starts (at most 6 months after stage one ended)")
    void receiveApplication(@PathVariable long id, @RequestBody StepForm form) {
        adopters.receiveApplication(id, form);
    }

    @PostMapping(path = "/api/adopters/{id}/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The adoption panel (panelDate) and the agency decision maker's approval (decisionDate): stage two ends")
    void approve(@PathVariable long id, @RequestBody ApprovalForm form) {
        adopters.approve(id, form);
    }

    @PostMapping(path = "/api/adopters/{id}/fostering-for-adoption", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approved adopters approved as foster carers on date, for fostering for adoption")
    void approveForFosteringForAdoption(@PathVariable long id, @RequestBody StepForm form) {
        adopters.approveForFosteringForAdoption(id, form);
    }

    @PostMapping(path = "/api/adopters/{id}/leave", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The family left the process on leftDate for a reason (WITHDREW, NOT_SUITABLE, NOT_APPROVED, RESIGNED, APPROVAL_ENDED, "
            + "TRANSFERRED, OTHER) that fits its stage")
    void leave(@PathVariable long id, @RequestBody LeavingForm form) {
        adopters.leave(id, form);
    }
}
