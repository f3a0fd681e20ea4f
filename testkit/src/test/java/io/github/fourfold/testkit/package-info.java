/** The testkit's own tests: the default rule against both contracts, and the testkit itself. */
@NullMarked
package io.github.fourfold.testkit;

import org.jspecify.annotations.NullMarked;
