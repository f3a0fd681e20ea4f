/**
 * Rule definitions as JSON: {@link io.github.fourfold.jackson.rules.RuleDefinitions} reads a
 * definition strictly (every problem an error with a stable code and a JSON Pointer), writes one
 * back, and ships the format's JSON Schema.
 */
@NullMarked
package io.github.fourfold.jackson.rules;

import org.jspecify.annotations.NullMarked;
