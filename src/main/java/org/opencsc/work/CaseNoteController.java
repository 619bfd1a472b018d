package org.opencsc.work;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.opencsc.child.RecordHeader;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormErrors;
import org.opencsc.platform.FormPost;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.FormRescue;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case notes tab of a child's record: reading, writing (with autosaved drafts) and correcting. */
@Controller
class CaseNoteController {

    private final CaseNoteService notes;
    private final RecordHeader header;
    private final Clock clock;

    CaseNoteController(CaseNoteService notes, RecordHeader header, Clock clock) {
        this.notes = notes;
        this.header = header;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/notes")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String list(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var found = notes.notesFor(id, page);
        header.addTo(model, id, "notes");
        model.addAttribute("notes", found.stream().limit(CaseNoteService.PAGE_SIZE).toList());
        model.addAttribute("page", page);
        model.addAttribute("hasNext", found.size() > CaseNoteService.PAGE_SIZE);
        model.addAttribute("zone", clock.getZone());
        return "work/notes";
    }

    @GetMapping("/children/{id}/notes/{noteId}")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String show(@PathVariable long id, @PathVariable long noteId, Model model) {
        var versions = notes.history(id, noteId);
        header.addTo(model, id, "notes");
        model.addAttribute("note", versions.getFirst());
        model.addAttribute("versions", versions);
        model.addAttribute("zone", clock.getZone());
        return "work/note";
    }

    @GetMapping("/children/{id}/notes/new")
    @PreAuthorize("hasAuthority('CASE_NOTE_WRITE')")
    String newNote(@PathVariable long id, @RequestParam(required = false) Long draft, HttpServletRequest request,
                   @ModelAttribute("form") NoteForm typed, Model model) {
        if (!FormRescue.isRestored(request)) {
            model.addAttribute("form", draft == null ? NoteForm.blank() : NoteForm.of(notes.note(id, draft)));
        }
        return showForm(id, model);
    }

    @PostMapping("/children/{id}/notes/new")
    @PreAuthorize("hasAuthority('CASE_NOTE_WRITE')")
    String save(@PathVariable long id, @RequestParam(defaultValue = "finalise") String action, @ModelAttribute("form") NoteForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        if ("draft".equals(action)) {
            return FormPost.save(binding, () -> notes.saveDraft(id, form), draftId -> {
                redirect.addFlashAttribute("saved", "Draft saved. Only you can see it until it is finalised.");
                return "redirect:/children/" + id + "/notes/new?draft=" + draftId;
            }, () -> showForm(id, model));
        }
        return FormPost.save(binding, () -> notes.finalise(id, form), noteId -> {
            redirect.addFlashAttribute("saved", "Case note saved");
            return "redirect:/children/" + id + "/notes";
        }, () -> showForm(id, model));
    }

    /** Called by the page every few seconds while a note is typed; answers JSON for the script. */
    @PostMapping("/children/{id}/notes/autosave")
    @PreAuthorize("hasAuthority('CASE_NOTE_WRITE')")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @ModelAttribute NoteForm form) {
        try {
            var draftId = notes.saveDraft(id, form);
            var savedAt = LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm"));
            return ResponseEntity.ok(Map.of("draftId", draftId, "savedAt", savedAt));
        } catch (InvalidInputException invalid) {
            return ResponseEntity.unprocessableContent().body(Map.of("problems", invalid.problems().all()));
        }
    }

    @GetMapping("/children/{id}/notes/{noteId}/correct")
    @PreAuthorize("hasAuthority('CASE_NOTE_WRITE')")
    String correction(@PathVariable long id, @PathVariable long noteId, HttpServletRequest request,
                      @ModelAttribute("form") NoteForm typed, Model model) {
        var note = notes.note(id, noteId);
        if (!FormRescue.isRestored(request)) {
            model.addAttribute("form", NoteForm.of(note));
        }
        model.addAttribute("note", note);
        header.addTo(model, id, "notes");
        model.addAttribute("kinds", Coded.options(NoteKind.class));
        return "work/note-correction";
    }

    @PostMapping("/children/{id}/notes/{noteId}/correct")
    @PreAuthorize("hasAuthority('CASE_NOTE_WRITE')")
    String correct(@PathVariable long id, @PathVariable long noteId, @ModelAttribute("form") NoteForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        try {
            var newId = notes.correct(id, noteId, form);
            redirect.addFlashAttribute("saved", "Correction saved. The earlier version is kept in the note's history.");
            return "redirect:/children/" + id + "/notes/" + newId;
        } catch (InvalidInputException invalid) {
            FormErrors.addTo(binding, invalid.problems());
        } catch (RecordChangedException changed) {
            binding.reject("changed", "Someone corrected this note after you opened it. Your text is below; open the latest version to correct it again.");
        }
        model.addAttribute("note", notes.note(id, noteId));
        header.addTo(model, id, "notes");
        model.addAttribute("kinds", Coded.options(NoteKind.class));
        return "work/note-correction";
    }

    private String showForm(long id, Model model) {
        header.addTo(model, id, "notes");
        model.addAttribute("kinds", Coded.options(NoteKind.class));
        return "work/note-form";
    }
}
