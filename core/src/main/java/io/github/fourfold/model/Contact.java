package io.github.fourfold.model;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The lead's first contact person. Name, e-mail and phone are personal data: they are masked in
 * {@code toString()} and the default rule never reads them.
 */
@Value.Immutable
public abstract class Contact {
  Contact() {}

  /** {@return the person's name (personal data)} */
  @Value.Redacted
  public abstract @Nullable String name();

  /** {@return the person's job title, e.g. {@code "Plant manager"}} */
  public abstract @Nullable String title();

  /** {@return the person's e-mail address (personal data; not format-checked)} */
  @Value.Redacted
  public abstract @Nullable String email();

  /** {@return the person's phone number (personal data; not format-checked)} */
  @Value.Redacted
  public abstract @Nullable String phone();

  /** {@return a new builder for a contact} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contact}. */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
