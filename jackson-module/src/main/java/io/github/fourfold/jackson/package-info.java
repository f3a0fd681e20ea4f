/** Jackson 2 support for the Fourfold JSON wire format. */
@NullMarked
package io.github.fourfold.jackson;

import org.jspecify.annotations.NullMarked;
