package org.opencsc.platform;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem responses for the JSON API, with one entry per field at fault. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are missing or wrong");
        problem.setType(URI.create("urn:opencsc:problem:invalid-input"));
        List<FieldProblems.Problem> fields = invalid.problems().all();
        problem.setProperty("errors", fields);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
        problem.setType(URI.create("urn:opencsc:problem:not-permitted"));
        return problem;
    }

    @ExceptionHandler(RecordChangedException.class)
    ProblemDetail changed(RecordChangedException changed) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, changed.getMessage() + ": read it again and resend your change");
        problem.setType(URI.create("urn:opencsc:problem:record-changed"));
        return problem;
    }
}
