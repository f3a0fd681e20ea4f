package io.github.fourfold.examples.qualify;

import org.jspecify.annotations.Nullable;

/** Why one lead could not be read: a wire error code, where, and what was expected. */
final class ReadFailure extends Exception {
  private static final long serialVersionUID = 1L;

  final String code;
  final @Nullable String pointer;
  final @Nullable String id;

  ReadFailure(String code, @Nullable String pointer, String message, @Nullable String id) {
    super(message, null, false, false);
    this.code = code;
    this.pointer = pointer;
    this.id = id;
  }
}
