package io.github.fourfold.examples.springboot;

import java.io.IOException;

/** A request body over its limit; answered with status 413 and code {@code LIMIT_EXCEEDED}. */
final class RequestTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  RequestTooLargeException(long limit) {
    super("The request body is over its limit of " + limit + " bytes.");
    this.limit = limit;
  }

  /** {@return the limit, in bytes} */
  long limit() {
    return limit;
  }
}
