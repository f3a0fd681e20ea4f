@NullMarked
package io.github.fourfold.benchmarks.data;

import org.jspecify.annotations.NullMarked;
