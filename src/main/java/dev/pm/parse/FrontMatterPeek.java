package dev.pm.parse;

import dev.pm.yaml.SafeYamlReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads only a file's front matter {@code id}, without parsing Markdown: what {@code pm new} needs
 * of every existing post-mortem to number a new one.
 */
public final class FrontMatterPeek {

  private static final int MAX_BYTES = 64 * 1024;

  private FrontMatterPeek() {}

  public static Optional<String> id(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(MAX_BYTES + 1024);
    } catch (IOException e) {
      return Optional.empty();
    }
    // Lenient: the prefix may end inside a character; the id is near the top either way.
    return id(new String(head, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The front matter {@code id} of a document's text, stripped; empty when there is none. */
  public static Optional<String> id(String document) {
    return field(document, "id");
  }

  /** A front matter key's scalar value in a document's text, stripped; empty when there is none. */
  public static Optional<String> field(String document, String key) {
    String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
    FrontMatterBlock block = FrontMatterBlock.find(text);
    if (block == null || !block.closed() || block.syntax() != dev.pm.model.FrontMatter.Syntax.YAML) {
      return Optional.empty();
    }
    var outcome = SafeYamlReader.read(text.substring(block.contentStart(), block.contentEnd()), 2, MAX_BYTES);
    return Optional.ofNullable(outcome.fields().get(key)).map(f -> f.value().scalarText()).map(String::strip).filter(s -> !s.isEmpty());
  }
}
