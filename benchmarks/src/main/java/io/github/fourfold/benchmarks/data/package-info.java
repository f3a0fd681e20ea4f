/** The seeded lead dataset every benchmark shares, and the check that all implementations agree on it. */
@NullMarked
package io.github.fourfold.benchmarks.data;

import org.jspecify.annotations.NullMarked;
