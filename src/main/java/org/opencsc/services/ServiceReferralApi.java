package org.opencsc.services;

import org.opencsc.security.ShowsNoChildRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.opencsc.services.ServiceReferralForms.ProgressForm;
import org.opencsc.services.ServiceReferralForms.ReferralForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Referrals to other services and waiting times as JSON. */
@RestController
@Tag(name = "Referrals to services", description = "A child's referrals to mental health and other services, and waiting times per service")
class ServiceReferralApi {

    private final ServiceReferralService referrals;

    ServiceReferralApi(ServiceReferralService referrals) {
        this.referrals = referrals;
    }

    @GetMapping(path = "/api/children/{id}/service-referrals", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's referrals to other services, newest first")
    List<ServiceReferral> list(@PathVariable long id) {
        return referrals.viewReferrals(id);
    }

    @PostMapping(path = "/api/children/{id}/service-referrals", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer the child to a service")
    Map<String, Long> refer(@PathVariable long id, @RequestBody ReferralForm form) {
        return Map.of("id", referrals.refer(id, form));
    }

    @PostMapping(path = "/api/children/{id}/service-referrals/{referralId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the service's decision, the first appointment or the close")
    void progress(@PathVariable long id, @PathVariable long referralId, @RequestBody ProgressForm form) {
        referrals.progress(id, referralId, form);
    }

    @ShowsNoChildRecord("waiting times per service, no child")
    @GetMapping(path = "/api/waiting-times", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Per service: children waiting now, the longest current wait, and the median and longest wait of those first seen in the last 12 months")
    List<WaitingTime> waitingTimes() {
        return referrals.waitingTimes();
    }
}
