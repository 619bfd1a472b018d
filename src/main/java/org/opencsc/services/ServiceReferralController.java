package org.opencsc.services;

import org.opencsc.security.ShowsNoChildRecord;
import static org.opencsc.child.RecordHeader.savedToTab;

import org.opencsc.child.ChildRecordService;
import org.opencsc.child.RecordHeader;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormPost;
import org.opencsc.services.ServiceReferralForms.ProgressForm;
import org.opencsc.services.ServiceReferralForms.ReferralForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's referrals to other services, and the waiting times for each service across the authority. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class ServiceReferralController {

    private static final String PAGE = "service-referrals";

    private final ServiceReferralService referrals;
    private final ChildRecordService records;
    private final RecordHeader header;

    ServiceReferralController(ServiceReferralService referrals, ChildRecordService records, RecordHeader header) {
        this.referrals = referrals;
        this.records = records;
        this.header = header;
    }

    @GetMapping("/children/{id}/service-referrals")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String page(@PathVariable long id, Model model) {
        var person = records.view(id, "Viewed referrals to services");
        header.addTo(model, person, "journey");
        model.addAttribute("referrals", referrals.forPerson(id));
        model.addAttribute("today", referrals.today());
        return "services/referrals";
    }

    @GetMapping("/children/{id}/service-referrals/new")
    String referForm(@PathVariable long id, @ModelAttribute("form") ReferralForm form, Model model) {
        return form(id, model, "services/referral-form");
    }

    @PostMapping("/children/{id}/service-referrals/new")
    String refer(@PathVariable long id, @ModelAttribute("form") ReferralForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> referrals.refer(id, form), saved -> savedToTab(redirect, id, PAGE, "Referral recorded"),
                () -> form(id, model, "services/referral-form"));
    }

    @GetMapping("/children/{id}/service-referrals/{referralId}")
    String progressForm(@PathVariable long id, @PathVariable long referralId, @ModelAttribute("form") ProgressForm form, Model model) {
        model.addAttribute("referral", referrals.referral(id, referralId));
        return form(id, model, "services/progress-form");
    }

    @PostMapping("/children/{id}/service-referrals/{referralId}")
    String progress(@PathVariable long id, @PathVariable long referralId, @ModelAttribute("form") ProgressForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> referrals.progress(id, referralId, form), () -> savedToTab(redirect, id, PAGE, "Referral updated"),
                () -> progressForm(id, referralId, form, model));
    }

    @ShowsNoChildRecord("waiting times per service, no child")
    @GetMapping("/work/waiting-times")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String waitingTimes(Model model) {
        model.addAttribute("waiting", referrals.waitingTimes());
        model.addAttribute("today", referrals.today());
        return "services/waiting-times";
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, "journey");
        model.addAttribute("services", Coded.options(SupportService.class));
        model.addAttribute("yesNo", Coded.YES_NO);
        return template;
    }
}
