/** The {@code qualify} command line: qualifies JSON or NDJSON leads and writes one line per lead. */
@NullMarked
package io.github.fourfold.examples.qualify;

import org.jspecify.annotations.NullMarked;
