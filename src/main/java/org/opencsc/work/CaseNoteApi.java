package org.opencsc.work;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.opencsc.platform.DateParts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/children/{id}/notes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Case notes")
class CaseNoteApi {

    /** A finalised case note as an API client sends it: the date as YYYY-MM-DD. */
    record NoteRequest(String kind, String subject, String body, String occurredOn) {
    }

    record CorrectionRequest(String kind, String subject, String body, String occurredOn, String reason) {
    }

    private final CaseNoteService notes;

    CaseNoteApi(CaseNoteService notes) {
        this.notes = notes;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Case notes, newest event first (latest versions, and your own drafts)")
    List<CaseNote> list(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        return notes.notesFor(id, page).stream().limit(CaseNoteService.PAGE_SIZE).toList();
    }

    @GetMapping("/{noteId}")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "A case note and its earlier versions, newest first")
    List<CaseNote> history(@PathVariable long id, @PathVariable long noteId) {
        return notes.history(id, noteId);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_NOTE_WRITE')")
    @Operation(summary = "Record a finalised case note")
    ResponseEntity<CaseNote> create(@PathVariable long id, @RequestBody NoteRequest request) {
        var noteId = notes.finalise(id, new NoteForm(null, request.kind(), request.subject(), request.body(),
                DateParts.fromIso(request.occurredOn()), null));
        return ResponseEntity.created(URI.create("/api/children/" + id + "/notes/" + noteId)).body(notes.note(id, noteId));
    }

    @PostMapping(path = "/{noteId}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_NOTE_WRITE')")
    @Operation(summary = "Correct a finalised note: the correction becomes its next version")
    ResponseEntity<CaseNote> correct(@PathVariable long id, @PathVariable long noteId, @RequestBody CorrectionRequest request) {
        var newId = notes.correct(id, noteId, new NoteForm(null, request.kind(), request.subject(), request.body(),
                DateParts.fromIso(request.occurredOn()), request.reason()));
        return ResponseEntity.created(URI.create("/api/children/" + id + "/notes/" + newId)).body(notes.note(id, newId));
    }
}
