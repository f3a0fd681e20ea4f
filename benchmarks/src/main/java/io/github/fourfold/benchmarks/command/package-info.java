/**
 * What the command-line benchmarks (issue 7, item 5) run in separate processes: the plain Jackson
 * NDJSON program (the floor), the agent that makes every such process report the bytes it
 * allocated and its peak resident memory, and the NDJSON file they all read.
 */
@NullMarked
package io.github.fourfold.benchmarks.command;

import org.jspecify.annotations.NullMarked;
