/** Tests of the Jackson module: golden files, error codes, limits, schema, round trips, fuzzing. */
@NullMarked
package io.github.fourfold.jackson;

import org.jspecify.annotations.NullMarked;
