package dev.pm.model;

/**
 * Something the parser could not read, kept in the model so that rules report it as a diagnostic on
 * the file instead of an exception stopping the run.
 */
public record ParseProblem(Kind kind, Location at, String message) {

  public enum Kind {
    /** The file could not be read or decoded, or exceeded a limit; nothing else was checked. */
    UNREADABLE,
    /** The front matter block is not valid YAML (or breaks a safety limit). */
    FRONT_MATTER,
  }
}
