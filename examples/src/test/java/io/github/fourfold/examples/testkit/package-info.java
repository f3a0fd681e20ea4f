/** Checking a qualifier with the Fourfold testkit: one test class, no other setup. */
@NullMarked
package io.github.fourfold.examples.testkit;

import org.jspecify.annotations.NullMarked;
