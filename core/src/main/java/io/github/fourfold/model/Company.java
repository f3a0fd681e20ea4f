package io.github.fourfold.model;

import io.github.fourfold.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The lead's organisation: who they are, how large, and where. */
@Value.Immutable
public abstract class Company {
  Company() {}

  /** {@return the company's name} */
  public abstract @Nullable String name();

  /** {@return the industry, free text (e.g. {@code "food processing"})} */
  public abstract @Nullable String industry();

  /** {@return the number of employees, zero or more} */
  public abstract @Nullable Integer employees();

  /** {@return an ISO 3166-1 alpha-2 country code (two upper-case letters), or {@code XK}} */
  public abstract @Nullable String country();

  /** {@return a new builder for a company} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Company}; {@code build()} checks every constraint. */
  public static final class Builder extends ImmutableCompany.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.atLeast(employees(), 0, "Company.employees");
    Checks.country(country(), "Company.country");
  }
}
