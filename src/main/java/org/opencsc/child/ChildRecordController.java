package org.opencsc.child;

import org.opencsc.child.RecordPartsService.AddressForm;
import org.opencsc.child.RecordPartsService.WarningForm;
import org.opencsc.platform.FormPost;
import org.opencsc.security.AuditLog;
import org.opencsc.security.AuditQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tabs of a person's record and the small forms that add to it. */
@Controller
class ChildRecordController {

    private final ChildRecordService records;
    private final RecordPartsService parts;
    private final AuditLog audit;
    private final RecordHeader recordHeader;

    ChildRecordController(ChildRecordService records, RecordPartsService parts, AuditLog audit, RecordHeader recordHeader) {
        this.records = records;
        this.parts = parts;
        this.audit = audit;
        this.recordHeader = recordHeader;
    }

    @GetMapping("/children/{id}")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String summary(@PathVariable long id, Model model) {
        var summary = parts.summary(id);
        model.addAttribute("summary", summary);
        return header(model, summary.person(), "summary", "child/summary");
    }

    @GetMapping("/children/{id}/people")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String people(@PathVariable long id, Model model) {
        var tab = parts.peopleTab(id);
        model.addAttribute("relationships", tab.relationships());
        return header(model, tab.person(), "people", "child/people");
    }

    @GetMapping("/children/{id}/involvements")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String involvements(@PathVariable long id, Model model) {
        var tab = parts.involvementsTab(id);
        model.addAttribute("involvements", tab.involvements());
        model.addAttribute("allocations", tab.allocations());
        return header(model, tab.person(), "involvements", "child/involvements");
    }

    @GetMapping("/children/{id}/audit")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String audit(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var person = records.view(id, "Viewed the record's audit trail");
        var entries = audit.find(AuditQuery.forPerson(id, page));
        model.addAttribute("entries", entries.stream().limit(AuditQuery.PAGE_SIZE).toList());
        model.addAttribute("page", page);
        model.addAttribute("hasNext", entries.size() > AuditQuery.PAGE_SIZE);
        return header(model, person, "audit", "child/audit");
    }

    @GetMapping("/children/{id}/addresses/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newAddress(@PathVariable long id, @ModelAttribute("form") AddressForm form, Model model) {
        return header(model, records.visible(id), "summary", "child/address-form");
    }

    @PostMapping("/children/{id}/addresses/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addAddress(@PathVariable long id, @ModelAttribute("form") AddressForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        return FormPost.save(binding, () -> parts.addAddress(id, form),
                () -> saved(redirect, "Address added", "redirect:/children/" + id),
                () -> header(model, records.visible(id), "summary", "child/address-form"));
    }

    @GetMapping("/children/{id}/warnings/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newWarning(@PathVariable long id, @ModelAttribute("form") WarningForm form, Model model) {
        return header(model, records.visible(id), "summary", "child/warning-form");
    }

    @PostMapping("/children/{id}/warnings/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addWarning(@PathVariable long id, @ModelAttribute("form") WarningForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        return FormPost.save(binding, () -> parts.addWarning(id, form),
                () -> saved(redirect, "Warning added", "redirect:/children/" + id),
                () -> header(model, records.visible(id), "summary", "child/warning-form"));
    }

    @GetMapping("/children/{id}/relationships/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newRelationship(@PathVariable long id, @ModelAttribute("form") RecordPartsService.RelationshipForm form, Model model) {
        return relationshipForm(model, id);
    }

    @PostMapping("/children/{id}/relationships/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addRelationship(@PathVariable long id, @ModelAttribute("form") RecordPartsService.RelationshipForm form, BindingResult binding,
                           Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> parts.addRelationship(id, form),
                () -> saved(redirect, "Relationship recorded", "redirect:/children/" + id + "/people"),
                () -> relationshipForm(model, id));
    }

    private String relationshipForm(Model model, long id) {
        model.addAttribute("relationshipKinds", org.opencsc.platform.Coded.options(RelationshipKind.class));
        model.addAttribute("personKinds", org.opencsc.platform.Coded.options(PersonKind.class));
        return header(model, records.visible(id), "people", "child/relationship-form");
    }

    @GetMapping("/children/{id}/other-names/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newOtherName(@PathVariable long id, @ModelAttribute("form") RecordPartsService.OtherNameForm form, Model model) {
        return otherNameForm(model, id);
    }

    private String otherNameForm(Model model, long id) {
        model.addAttribute("kinds", new java.util.TreeMap<>(RecordPartsService.OTHER_NAME_KINDS));
        return header(model, records.visible(id), "summary", "child/other-name-form");
    }

    @PostMapping("/children/{id}/other-names/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addOtherName(@PathVariable long id, @ModelAttribute("form") RecordPartsService.OtherNameForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> parts.addOtherName(id, form),
                () -> saved(redirect, "Name added", "redirect:/children/" + id),
                () -> otherNameForm(model, id));
    }

    @GetMapping("/children/{id}/involvements/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newInvolvement(@PathVariable long id, @ModelAttribute("form") RecordPartsService.InvolvementForm form, Model model) {
        return involvementForm(model, id);
    }

    @PostMapping("/children/{id}/involvements/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addInvolvement(@PathVariable long id, @ModelAttribute("form") RecordPartsService.InvolvementForm form, BindingResult binding,
                          Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> parts.addInvolvement(id, form),
                () -> saved(redirect, "Professional added", "redirect:/children/" + id + "/involvements"),
                () -> involvementForm(model, id));
    }

    private String involvementForm(Model model, long id) {
        var roles = new java.util.LinkedHashMap<String, String>();
        RecordPartsService.PROFESSIONAL_ROLES.forEach(role -> roles.put(role, role));
        model.addAttribute("roles", roles);
        return header(model, records.visible(id), "involvements", "child/involvement-form");
    }

    @GetMapping("/children/{id}/allocation")
    @PreAuthorize("hasAuthority('ALLOCATE')")
    String newAllocation(@PathVariable long id, @ModelAttribute("form") RecordPartsService.AllocationForm form, Model model) {
        return allocationForm(model, id);
    }

    @PostMapping("/children/{id}/allocation")
    @PreAuthorize("hasAuthority('ALLOCATE')")
    String allocate(@PathVariable long id, @ModelAttribute("form") RecordPartsService.AllocationForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> parts.allocate(id, form),
                () -> saved(redirect, "Allocation saved", "redirect:/children/" + id + "/involvements"),
                () -> allocationForm(model, id));
    }

    private String allocationForm(Model model, long id) {
        model.addAttribute("teams", parts.teams());
        model.addAttribute("workers", parts.workers());
        return header(model, records.visible(id), "involvements", "child/allocation-form");
    }

    record RestrictionForm(String reason, String usernames) {
    }

    @GetMapping("/children/{id}/restriction")
    @PreAuthorize("hasAuthority('RECORD_RESTRICT')")
    String restriction(@PathVariable long id, @ModelAttribute("form") RestrictionForm form, Model model) {
        return restrictionForm(model, id);
    }

    private String restrictionForm(Model model, long id) {
        model.addAttribute("namedUsers", records.namedUsers(id));
        return header(model, records.visible(id), "summary", "child/restriction");
    }

    @PostMapping("/children/{id}/restriction")
    @PreAuthorize("hasAuthority('RECORD_RESTRICT')")
    String restrict(@PathVariable long id, @ModelAttribute("form") RestrictionForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        return FormPost.save(binding, () -> records.restrict(id, form.reason(), form.usernames()),
                () -> saved(redirect, "The record is restricted: only the people named can find or open it", "redirect:/children/" + id),
                () -> restrictionForm(model, id));
    }

    private static String saved(RedirectAttributes redirect, String message, String redirectTo) {
        redirect.addFlashAttribute("saved", message);
        return redirectTo;
    }

    private String header(Model model, Person person, String tab, String view) {
        recordHeader.addTo(model, person, tab);
        return view;
    }
}
