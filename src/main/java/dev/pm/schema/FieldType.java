package dev.pm.schema;

/** The kind of value a front matter key must hold. */
public enum FieldType {
  /** Any text (a scalar). */
  STRING,
  /** A calendar date written YYYY-MM-DD. */
  DATE,
  /** A date and time, {@code YYYY-MM-DD HH:MM} with an optional zone. */
  DATETIME,
  /** A list of text values (a single text value is accepted as a list of one). */
  LIST,
  /** Anything. */
  ANY
}
