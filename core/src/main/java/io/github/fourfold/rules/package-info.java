/**
 * Rules without code: qualifiers described as data (criteria, ordered checks and conditions over
 * the lead) instead of Java, for rules that an administrator writes per tenant.
 *
 * <p>A {@link io.github.fourfold.rules.RuleDefinition} is built from
 * {@link io.github.fourfold.rules.RuleCriterion criteria}, each with ordered
 * {@link io.github.fourfold.rules.RuleCheck checks} whose {@link io.github.fourfold.rules.Condition
 * conditions} read the lead through JSON Pointers into the lead's JSON format. Every definition
 * that exists is valid: a broken one throws {@link io.github.fourfold.rules.InvalidDefinitionException}
 * listing each problem with a stable code and a pointer into the definition's JSON form. {@link
 * io.github.fourfold.rules.RuleDefinition#compile()} turns a definition into a thread-safe
 * {@link io.github.fourfold.Qualifier}.
 *
 * <p>Conditions use three-valued logic: a condition that reads an absent value is unknown, and an
 * unknown check never disqualifies (the criterion is unmet with the check's unknown reason and the
 * verdict is at worst {@code NOT_YET}).
 */
@NullMarked
@ValueStyle
package io.github.fourfold.rules;

import io.github.fourfold.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
