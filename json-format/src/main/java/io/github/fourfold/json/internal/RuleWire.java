package io.github.fourfold.json.internal;

/** The property names of the definition format, written once for the reader and the writer. */
final class RuleWire {
  static final String SCHEMA = "$schema";
  static final String ID = "id";
  static final String CRITERIA = "criteria";
  static final String NAME = "name";
  static final String CHECKS = "checks";
  static final String CONDITION = "condition";
  static final String VERDICT = "verdict";
  static final String REASON = "reason";
  static final String MESSAGE = "message";
  static final String QUESTIONS = "questions";
  static final String UNKNOWN_REASON = "unknownReason";
  static final String UNKNOWN_MESSAGE = "unknownMessage";
  static final String PATH = "path";
  static final String VALUE = "value";
  static final String VALUES = "values";
  static final String IGNORE_CASE = "ignoreCase";
  static final String OP = "op";
  static final String AMOUNT = "amount";
  static final String CURRENCY = "currency";
  static final String OFFSET = "offset";
  static final String PERIOD = "period";
  static final String DIRECTION = "direction";

  private RuleWire() {}
}
