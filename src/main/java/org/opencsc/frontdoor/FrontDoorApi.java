package org.opencsc.frontdoor;

import org.opencsc.security.ListsChildren;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.opencsc.frontdoor.FrontDoorForms.ClosureForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The front door as JSON: dates as YYYY-MM-DD, codes as the CIN census writes them. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Front door", description = "Contacts, MASH+ decisions, referrals and closing a case")
@PreAuthorize("hasAuthority('CASE_WORK')")
class FrontDoorApi {

    private final FrontDoorService frontDoor;

    FrontDoorApi(FrontDoorService frontDoor) {
        this.frontDoor = frontDoor;
    }

    @ListsChildren("contacts awaiting a decision")
    @GetMapping("/front-door/awaiting-decision")
    @Operation(summary = "Contacts waiting for a MASH+ decision, oldest first")
    List<Contact> awaitingDecision() {
        return frontDoor.awaitingDecision(200);
    }

    @PostMapping(path = "/children/{id}/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a contact; the MASH+ decision is then due within 1 working day")
    Map<String, Long> recordContact(@PathVariable long id, @RequestBody ContactForm form) {
        return Map.of("id", frontDoor.recordContact(id, form));
    }

    @PostMapping(path = "/children/{id}/contacts/{contactId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the MASH+ decision; a referral decision opens a referral (re-referral worked out) or joins the open one")
    Map<String, Long> decide(@PathVariable long id, @PathVariable long contactId, @RequestBody DecisionForm form) {
        return frontDoor.decide(id, contactId, form).map(referral -> Map.of("referralId", referral)).orElse(Map.of());
    }

    @GetMapping("/children/{id}/referrals")
    @Operation(summary = "The child's referrals, newest first")
    List<Referral> referrals(@PathVariable long id) {
        return frontDoor.referrals(id);
    }

    @PostMapping(path = "/children/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close the open CIN episode with a census reason (RC1 to RC9); plans must have ended")
    void close(@PathVariable long id, @RequestBody ClosureForm form) {
        frontDoor.closeCase(id, form);
    }
}
