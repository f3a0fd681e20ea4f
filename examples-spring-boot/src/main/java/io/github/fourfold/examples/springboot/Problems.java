package io.github.fourfold.examples.springboot;

import io.github.fourfold.jackson3.FourfoldJsonException;
import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.QualifierFailedException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail ({@code application/problem+json}). A lead that cannot
 * be read is status 400 with the format's {@code code}, its JSON {@code pointer} (when there is
 * one) and the lead's {@code id} (when it was read); a body over its limit is 413 with {@code
 * LIMIT_EXCEEDED}; a failing qualifier is 500 with {@code QUALIFIER_FAILED}. Spring MVC's own
 * errors (wrong media type, method, parameter) keep their status, as problem details too. No
 * detail quotes the request.
 */
@RestControllerAdvice
final class Problems extends ResponseEntityExceptionHandler {
  /** The detail of a qualifier failure; the exception's message is not shown (it may quote the lead). */
  static final String QUALIFIER_FAILED_DETAIL = "The lead was read, but the qualifier failed on it.";

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    RequestTooLargeException tooLarge = causeOf(e, RequestTooLargeException.class);
    if (tooLarge != null) {
      return tooLarge(tooLarge);
    }
    FourfoldJsonException invalid = causeOf(e, FourfoldJsonException.class);
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Invalid lead");
    if (invalid == null) {
      // Not the Fourfold reader's error: the body is empty or not one well-formed JSON value.
      problem.setDetail("The body is not one well-formed JSON lead.");
      problem.setProperty("code", JsonErrorCode.MALFORMED_JSON.name());
    } else {
      problem.setDetail(invalid.getMessage());
      problem.setProperty("code", invalid.code().name());
      if (invalid.pointer() != null) {
        problem.setProperty("pointer", invalid.pointer());
      }
      if (invalid.leadId() != null) {
        problem.setProperty("leadId", invalid.leadId());
      }
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /** A body whose declared length is over the limit, refused before the NDJSON stream starts. */
  @ExceptionHandler(RequestTooLargeException.class)
  ResponseEntity<Object> tooLarge(RequestTooLargeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    problem.setTitle("Request too large");
    problem.setProperty("code", JsonErrorCode.LIMIT_EXCEEDED.name());
    problem.setProperty("limit", e.limit());
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
  }

  /** The qualifier threw (or broke its contract) for a lead that was read. */
  @ExceptionHandler(QualifierFailedException.class)
  ResponseEntity<Object> qualifierFailed(QualifierFailedException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, QUALIFIER_FAILED_DETAIL);
    problem.setTitle("Qualifier failed");
    problem.setProperty("code", QualifyController.QUALIFIER_FAILED);
    return ResponseEntity.internalServerError().body(problem);
  }

  private static <T extends Throwable> @Nullable T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
