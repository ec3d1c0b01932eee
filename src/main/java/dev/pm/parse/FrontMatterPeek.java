package dev.pm.parse;

import dev.pm.yaml.SafeYamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads only a file's front matter {@code id}, without parsing Markdown: what {@code pm new} needs
 * of every existing post-mortem to number a new one.
 */
public final class FrontMatterPeek {

  private static final int MAX_BYTES = 64 * 1024;
  private static final int FIRST_READ = 2048;

  private FrontMatterPeek() {}

  public static Optional<String> id(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(MAX_BYTES + 1024);
    } catch (IOException e) {
      return Optional.empty();
    }
    // Lenient: the prefix may end inside a character; the id is near the top either way.
    return id(SourceDecoder.lenient(head));
  }

  /**
   * The front matter {@code id} read line by line, no YAML parser: the file is read only up to the
   * closing {@code ---}, and only a top-level {@code id:} line with a plain or quoted value counts.
   * For indexing every post-mortem of a folder on each run, where the full read above costs a YAML
   * parse per file; an id written in another YAML form is missed here and caught by the full lint.
   */
  public static Optional<String> idLine(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      // The id sits in the first few hundred bytes; read more only for a long front matter.
      byte[] head = in.readNBytes(FIRST_READ);
      Optional<Optional<String>> found =
          scanForId(SourceDecoder.lenient(head), head.length < FIRST_READ);
      if (found.isEmpty()) {
        byte[] rest = in.readNBytes(MAX_BYTES);
        byte[] all = java.util.Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        found = scanForId(SourceDecoder.lenient(all), true);
      }
      return found.orElse(Optional.empty());
    } catch (IOException e) {
      return Optional.empty(); // the full lint of that file says why it cannot be read
    }
  }

  /** The id, or no id, when the text settles it; empty when more text is needed. */
  private static Optional<Optional<String>> scanForId(String text, boolean complete) {
    List<String> lines = text.lines().toList();
    // The last line of a partial read may be cut short: it settles nothing.
    int usable = complete ? lines.size() : lines.size() - 1;
    if (usable < 1) {
      return complete ? Optional.of(Optional.empty()) : Optional.empty();
    }
    if (!lines.get(0).replace("\uFEFF", "").strip().equals("---")) {
      return Optional.of(Optional.empty());
    }
    for (int i = 1; i < usable; i++) {
      String line = lines.get(i);
      String t = line.strip();
      if (t.equals("---") || t.equals("...")) {
        return Optional.of(Optional.empty());
      }
      if (line.startsWith("id:")) {
        String id = unquote(line.substring(3).strip());
        return Optional.of(id.isEmpty() ? Optional.empty() : Optional.of(id));
      }
    }
    return complete ? Optional.of(Optional.empty()) : Optional.empty();
  }

  /** A one-line YAML scalar without its quotes and trailing comment. */
  public static String unquote(String value) {
    String v = value.replaceAll("\\s+#.*$", "");
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  /** The front matter {@code id} of a document's text, stripped; empty when there is none. */
  public static Optional<String> id(String document) {
    return field(document, "id");
  }

  /** A front matter key's scalar value in a document's text, stripped; empty when there is none. */
  public static Optional<String> field(String document, String key) {
    String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
    FrontMatterBlock block = FrontMatterBlock.find(text);
    if (block == null
        || !block.closed()
        || block.syntax() != dev.pm.model.FrontMatter.Syntax.YAML) {
      return Optional.empty();
    }
    var outcome =
        SafeYamlReader.read(text.substring(block.contentStart(), block.contentEnd()), 2, MAX_BYTES);
    return Optional.ofNullable(outcome.fields().get(key))
        .map(f -> f.value().scalarText())
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }
}
