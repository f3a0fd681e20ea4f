/**
 * Fourfold on Kafka Streams: a topology that keeps every lead's qualification current as leads
 * change and as days pass, the serdes of the JSON format, and the verdict-change event.
 */
@NullMarked
@ValueStyle
package io.github.fourfold.kafka.streams;

import io.github.fourfold.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
