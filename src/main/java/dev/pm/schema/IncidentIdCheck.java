package dev.pm.schema;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a string may be an incident id: the one check {@code pm new --id} and {@code pm renumber}
 * share. An id becomes a YAML scalar, part of a file name and a Markdown cell, so it is letters and
 * digits with {@code .}, {@code _} and {@code -} inside: no path separator ({@code ../../x/INC-1}
 * moved a post-mortem out of the repository), no quote or other YAML indicator ({@code 'INC-1}
 * wrote invalid front matter). Then it must match the schema's {@code id} pattern, if the template
 * has one.
 */
public final class IncidentIdCheck {

  /**
   * Longer ids are refused before any pattern runs, which also bounds the pattern's matching time.
   */
  public static final int MAX_LENGTH = 100;

  private static final Pattern SAFE =
      Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._-]*[\\p{L}\\p{N}])?");

  private IncidentIdCheck() {}

  /**
   * Why {@code id} cannot be an incident id under {@code schema}, or empty if it can.
   *
   * @param what how the message names the value ({@code NEW}, {@code the id})
   * @return why {@code id} cannot be an incident id under {@code schema}, or empty if it can
   */
  public static Optional<String> problem(String what, String id, Optional<Schema> schema) {
    if (id == null || id.isBlank()) {
      return Optional.of(what + " is empty; give an incident id such as INC-2026-03-14-02");
    }
    if (id.length() > MAX_LENGTH) {
      return Optional.of(
          what + " is " + id.length() + " characters; an incident id has at most " + MAX_LENGTH);
    }
    if (!SAFE.matcher(id).matches()) {
      return Optional.of(
          what
              + " \""
              + dev.pm.io.Escape.text(id)
              + "\" is not an incident id: use letters, digits, '.', '_' and '-'"
              + " (no spaces, quotes or path separators), e.g. INC-2026-03-14-02");
    }
    if (schema.isPresent()) {
      Optional<FieldSpec> spec = schema.get().frontMatter().field("id");
      Optional<Pattern> pattern = spec.flatMap(FieldSpec::pattern);
      boolean matches;
      try {
        matches = pattern.isEmpty() || BoundedMatch.matches(pattern.get(), id);
      } catch (BoundedMatch.TooSlow e) {
        return Optional.of(
            what
                + " \""
                + id
                + "\" cannot be checked against template \""
                + schema.get().name()
                + "\"'s id pattern: "
                + e.getMessage());
      }
      if (!matches) {
        // An example reads faster than the pattern; the pattern only where the schema gives none.
        return Optional.of(
            what
                + " \""
                + id
                + "\" is not of the form template \""
                + schema.get().name()
                + "\" requires: an id "
                + spec.get().expectedForm());
      }
    }
    return Optional.empty();
  }
}
