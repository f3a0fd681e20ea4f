/**
 * The lead model: an immutable, always-valid picture of what is known about a B2B lead, organised
 * by the four questions (situation, problem, urgency, decision process).
 *
 * <p>Every type is built with its {@code builder()} (small ones also with {@code of(...)}) and
 * checks its constraints when built: a value that exists is valid, and a broken constraint throws
 * {@link io.github.fourfold.InvalidValueException}. Absent optional values are {@code null}
 * (annotated {@link org.jspecify.annotations.Nullable}); lists, sets and maps are never null and
 * never modifiable. Personal data (names, e-mail addresses, phone numbers) is masked in
 * {@code toString()}.
 */
@NullMarked
@ValueStyle
package io.github.fourfold.model;

import io.github.fourfold.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
