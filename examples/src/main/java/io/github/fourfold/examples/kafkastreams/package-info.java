/**
 * Example: a Kafka Streams application that keeps every lead's verdict current, with the ICP-fit
 * check combined with the default rule, configured by a properties file.
 */
@NullMarked
package io.github.fourfold.examples.kafkastreams;

import org.jspecify.annotations.NullMarked;
