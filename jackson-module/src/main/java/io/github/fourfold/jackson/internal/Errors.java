package io.github.fourfold.jackson.internal;

import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.json.internal.FormatError;

/** Turns the format's errors into this binding's public exception. */
public final class Errors {
  private Errors() {}

  /**
   * The public exception for an error of the format.
   *
   * @param error the error
   * @return the exception
   */
  public static FourfoldJsonException toPublic(FormatError error) {
    return new FourfoldJsonException(error.code(), error.pointer(), error.detail(), error.leadId());
  }
}
