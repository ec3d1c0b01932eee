package dev.pm.read;

/**
 * How the schema for a file was chosen.
 *
 * @param how what decided
 * @param matchedSections for a best match: how many of the schema's required sections were found
 * @param requiredSections for a best match: how many it requires
 */
public record SchemaSelection(How how, int matchedSections, int requiredSections) {

  public enum How {
    /** {@code template:} in front matter. */
    FRONT_MATTER,
    /** {@code --schema FILE} or a path mapping in configuration. */
    EXPLICIT,
    /** No usable {@code template:}: the template whose sections the file matches best. */
    BEST_MATCH,
    /** Nothing matched well: only general checks apply. */
    GENERIC
  }

  public static SchemaSelection of(How how) {
    return new SchemaSelection(how, 0, 0);
  }
}
