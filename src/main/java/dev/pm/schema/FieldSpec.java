package dev.pm.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a front matter key may hold.
 *
 * @param allowed the vocabulary; empty means any value
 * @param pattern a regular expression the whole value must match
 * @param draft values meaning the post-mortem is still being written (placeholders are warnings)
 * @param defaultValue what {@code pm new} writes when not told otherwise
 * @param example a value of the right form, shown in messages instead of the pattern (people read
 *     {@code INC-2026-03-14-01} faster than a regular expression)
 */
public record FieldSpec(
    String name,
    FieldType type,
    List<String> allowed,
    Optional<Pattern> pattern,
    List<String> draft,
    Optional<String> defaultValue,
    Optional<String> example) {

  public FieldSpec {
    allowed = List.copyOf(allowed);
    draft = List.copyOf(draft);
  }

  public static FieldSpec text(String name) {
    return new FieldSpec(
        name,
        FieldType.STRING,
        List.of(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * What a value must look like, for messages: {@code such as INC-2026-03-14-01}, else the pattern
   * itself.
   */
  public String expectedForm() {
    return example
        .map(e -> "such as " + e)
        .orElseGet(() -> pattern.map(p -> "matching " + p.pattern()).orElse("any text"));
  }

  public boolean isDraftValue(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return draft.stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(v));
  }

  /** The vocabulary entry equal to {@code value} ignoring case, if any. */
  public Optional<String> allowedIgnoringCase(String value) {
    return allowed.stream().filter(a -> a.equalsIgnoreCase(value.trim())).findFirst();
  }

  /**
   * The allowed value that {@code value} spells differently only in case, spaces and punctuation
   * ({@code sev2} for {@code SEV-2}, {@code under review} for {@code Under Review}), when exactly
   * one does.
   */
  public Optional<String> allowedLoosely(String value) {
    String wanted = loose(value);
    List<String> matches = allowed.stream().filter(a -> loose(a).equals(wanted)).toList();
    return matches.size() == 1 && !wanted.isEmpty()
        ? Optional.of(matches.get(0))
        : Optional.empty();
  }

  private static String loose(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
