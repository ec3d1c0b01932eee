package dev.pm.parse;

import dev.pm.model.FrontMatterField;
import java.util.Optional;

/**
 * Reads one front matter key of a document's text without parsing Markdown. The incident id has its
 * own reader, {@link IncidentIdReader}.
 */
public final class FrontMatterPeek {

  private static final int MAX_BYTES = 64 * 1024;

  private FrontMatterPeek() {}

  /** A front matter key's scalar value in a document's text, stripped; empty when there is none. */
  public static Optional<String> field(String document, String key) {
    return entry(document, key)
        .map(f -> f.value().scalarText())
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  /**
   * A top-level front matter key of a document's text (a byte order mark is allowed), read with the
   * YAML parser; empty when there is no closed YAML block or no such key.
   */
  public static Optional<FrontMatterField> entry(String document, String key) {
    String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
    FrontMatterBlock block = FrontMatterBlock.find(text);
    if (block == null
        || !block.closed()
        || block.syntax() != dev.pm.model.FrontMatter.Syntax.YAML) {
      return Optional.empty();
    }
    var outcome =
        FrontMatterYaml.read(
            text.substring(block.contentStart(), block.contentEnd()),
            block.firstContentLine(),
            MAX_BYTES);
    return Optional.ofNullable(outcome.fields().get(key));
  }
}
