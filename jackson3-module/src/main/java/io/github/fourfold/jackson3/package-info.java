/** Jackson 3 support for the Fourfold JSON wire format. */
@NullMarked
package io.github.fourfold.jackson3;

import org.jspecify.annotations.NullMarked;
