/**
 * Fourfold's API: the {@link io.github.fourfold.Qualifier} that judges a lead, the default
 * four-question rule ({@link io.github.fourfold.Qualifier#fourQuestion()}), its
 * {@link io.github.fourfold.QualificationPolicy}, and the explained
 * {@link io.github.fourfold.QualificationResult} it returns.
 *
 * <p>The lead model lives in {@link io.github.fourfold.model}.
 */
@NullMarked
@ValueStyle
package io.github.fourfold;

import io.github.fourfold.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
