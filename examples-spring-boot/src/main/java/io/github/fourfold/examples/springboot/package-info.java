/**
 * A Spring Boot 4 service that qualifies leads over HTTP: {@code POST /qualify} with one lead as
 * {@code application/json}, or many as {@code application/x-ndjson}. Spring Boot's own {@code
 * JsonMapper} reads and writes Fourfold's types because {@code fourfold-jackson3} is on the class
 * path; errors are RFC 9457 problem details carrying the format's error code and JSON Pointer.
 */
@NullMarked
package io.github.fourfold.examples.springboot;

import org.jspecify.annotations.NullMarked;
