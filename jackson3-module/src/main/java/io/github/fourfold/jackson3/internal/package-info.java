/**
 * The Jackson 3 adapters around the format's shared reader and writer. Not an API: anything here
 * may change in any release.
 */
@NullMarked
package io.github.fourfold.jackson3.internal;

import org.jspecify.annotations.NullMarked;
