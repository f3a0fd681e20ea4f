package io.github.fourfold.jackson.internal;

import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.jackson.JsonErrorCode;
import org.jspecify.annotations.Nullable;

/** The first error the reader found in a value: code, pointer and what was expected. */
final class Failure {
  private final JsonErrorCode code;
  private final @Nullable String pointer;
  private final String detail;

  Failure(JsonErrorCode code, @Nullable String pointer, String detail) {
    this.code = code;
    this.pointer = pointer;
    this.detail = detail;
  }

  JsonErrorCode code() {
    return code;
  }

  FourfoldJsonException toException(@Nullable String leadId) {
    return new FourfoldJsonException(code, pointer, detail, leadId);
  }
}
