package org.opencsc.carers;

import org.opencsc.security.ListsChildren;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.opencsc.carers.CarersForms.ArrangementForm;
import org.opencsc.carers.CarersForms.DecisionForm;
import org.opencsc.carers.CarersForms.EndArrangementForm;
import org.opencsc.carers.CarersForms.ExtensionForm;
import org.opencsc.carers.CarersForms.HouseholdForm;
import org.opencsc.carers.CarersForms.ReviewForm;
import org.opencsc.carers.CarersForms.VisitForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Fostering households and privately fostered children as JSON. */
@RestController
@Tag(name = "Carers", description = "Foster carer and connected-person households: approval, terms, vacancies, reviews, temporary approvals and their "
        + "extension; private fostering arrangements and visits")
class CarersApi {

    private final CarersService carers;
    private final PrivateFosteringService privateFostering;

    CarersApi(CarersService carers, PrivateFosteringService privateFostering) {
        this.carers = carers;
        this.privateFostering = privateFostering;
    }

    @ListsChildren("carers' households and the children placed")
    @GetMapping(path = "/api/carers", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The fostering team's work list: reviews due or late, temporary approvals expiring or expired, vacancies, every household")
    CarersService.WorkList workList() {
        return carers.workList();
    }

    @ListsChildren("children placed with a household")
    @GetMapping(path = "/api/carers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "A household with its approval, reviews, temporary approval, vacancies and the children placed that you may see")
    CarersService.HouseholdView household(@PathVariable long id) {
        return carers.household(id);
    }

    @PostMapping(path = "/api/carers", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Foster carers approved on a day (approvalDate), on terms (ages, number of children)")
    Map<String, Long> approveFosterCarers(@RequestBody HouseholdForm form) {
        return Map.of("id", carers.approveFosterCarers(form));
    }

    @PostMapping(path = "/api/carers/connected", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A connected person temporarily approved from approvalDate (regulation 24): it expires 16 weeks on")
    Map<String, Long> approveTemporarily(@RequestBody HouseholdForm form) {
        return Map.of("id", carers.approveTemporarily(form));
    }

    @PostMapping(path = "/api/carers/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A review of an approved household's approval")
    Map<String, Long> review(@PathVariable long id, @RequestBody ReviewForm form) {
        return Map.of("id", carers.review(id, form));
    }

    @PostMapping(path = "/api/carers/{id}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The one extension of a temporary approval (at most 8 weeks): asked for before expiry, the panel's view, the nominated officer's decision")
    void extend(@PathVariable long id, @RequestBody ExtensionForm form) {
        carers.extend(id, form);
    }

    @PostMapping(path = "/api/carers/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A connected person approved in full or refused (APPROVED or REFUSED)")
    void decide(@PathVariable long id, @RequestBody DecisionForm form) {
        carers.decide(id, form);
    }

    @GetMapping(path = "/api/children/{id}/private-fostering", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's private fostering arrangements with their visits and the next visit due")
    List<PrivateFostering> arrangements(@PathVariable long id) {
        return privateFostering.viewArrangements(id);
    }

    @PostMapping(path = "/api/children/{id}/private-fostering", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A private fostering arrangement notified to the council")
    Map<String, Long> notify(@PathVariable long id, @RequestBody ArrangementForm form) {
        return Map.of("id", privateFostering.notify(id, form));
    }

    @PostMapping(path = "/api/children/{id}/private-fostering/{arrangementId}/visits", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A visit to a privately fostered child (childSeen, seenAlone: true or false)")
    Map<String, Long> visit(@PathVariable long id, @PathVariable long arrangementId, @RequestBody VisitForm form) {
        return Map.of("id", privateFostering.visit(id, arrangementId, form));
    }

    @PostMapping(path = "/api/children/{id}/private-fostering/{arrangementId}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The end of a private fostering arrangement")
    void end(@PathVariable long id, @PathVariable long arrangementId, @RequestBody EndArrangementForm form) {
        privateFostering.end(id, arrangementId, form);
    }
}
