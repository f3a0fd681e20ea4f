/** Generators of valid leads and contract tests for Fourfold qualifiers. */
@NullMarked
package io.github.fourfold.testkit;

import org.jspecify.annotations.NullMarked;
