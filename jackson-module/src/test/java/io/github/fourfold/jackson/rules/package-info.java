/** Tests of the rule definition reader and writer: errors, limits, round trips, schema, fuzzing. */
@NullMarked
package io.github.fourfold.jackson.rules;

import org.jspecify.annotations.NullMarked;
