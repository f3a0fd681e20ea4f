package io.github.fourfold.model;

import io.github.fourfold.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A machine or system the lead uses today: part of the facts of its current situation. */
@Value.Immutable
public abstract class InstalledBaseItem {
  InstalledBaseItem() {}

  /** {@return what it is, e.g. {@code "conveyor belt"}; required and non-blank} */
  public abstract String name();

  /** {@return who supplied it} */
  public abstract @Nullable String supplier();

  /** {@return how many there are, at least 1} */
  public abstract @Nullable Integer quantity();

  /**
   * {@return the (average) age in years, zero or more, with a scale from -100 to 100 as for
   * {@link Money}}
   */
  public abstract @Nullable BigDecimal ageYears();

  /** {@return a new builder for an installed-base item} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InstalledBaseItem}. */
  public static final class Builder extends ImmutableInstalledBaseItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "InstalledBaseItem.name");
    Checks.atLeast(quantity(), 1, "InstalledBaseItem.quantity");
    Checks.nonNegative(ageYears(), "InstalledBaseItem.ageYears");
  }
}
