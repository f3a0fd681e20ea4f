/**
 * Rule definitions as JSON with Jackson 3: {@link io.github.fourfold.jackson3.rules.RuleDefinitions}
 * reads, writes and validates definitions exactly as the Jackson 2 binding does.
 */
@NullMarked
package io.github.fourfold.jackson3.rules;

import org.jspecify.annotations.NullMarked;
