/** The topology's processor, its stored state and its record formats; not an API. */
@NullMarked
package io.github.fourfold.kafka.streams.internal;

import org.jspecify.annotations.NullMarked;
