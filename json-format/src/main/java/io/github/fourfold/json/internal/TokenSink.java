package io.github.fourfold.json.internal;

import java.io.IOException;
import java.math.BigDecimal;

/** The few things the format's writer asks of a JSON generator; each binding adapts its own. */
public interface TokenSink {
  /**
   * Starts an object.
   *
   * @throws IOException when writing fails
   */
  void startObject() throws IOException;

  /**
   * Ends an object.
   *
   * @throws IOException when writing fails
   */
  void endObject() throws IOException;

  /**
   * Starts an array.
   *
   * @throws IOException when writing fails
   */
  void startArray() throws IOException;

  /**
   * Ends an array.
   *
   * @throws IOException when writing fails
   */
  void endArray() throws IOException;

  /**
   * Writes a property name.
   *
   * @param name the name
   * @throws IOException when writing fails
   */
  void name(String name) throws IOException;

  /**
   * Writes a string value.
   *
   * @param value the text
   * @throws IOException when writing fails
   */
  void string(String value) throws IOException;

  /**
   * Writes an integer.
   *
   * @param value the integer
   * @throws IOException when writing fails
   */
  void number(int value) throws IOException;

  /**
   * Writes an exact decimal.
   *
   * @param value the decimal, for a generator that keeps numbers as values (a token buffer)
   * @param text the format's text of it, for every other generator
   * @throws IOException when writing fails
   */
  void decimal(BigDecimal value, String text) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @throws IOException when writing fails
   */
  void bool(boolean value) throws IOException;

  /**
   * Throws the binding's exception for a value that JSON in UTF-8 cannot carry.
   *
   * @param message what cannot be written, naming the format's property and never the value
   * @throws IOException always, or the binding's unchecked exception
   */
  void unwritable(String message) throws IOException;
}
