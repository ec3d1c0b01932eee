package dev.pm.lsp;

import dev.pm.lint.fix.DocumentLint;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents the editor has open, with the text it last sent and what linting that text found.
 * Everything about a document goes when the editor closes it, so what the server holds is bounded
 * by the documents open at once, not by how many were ever opened or how often they changed.
 */
final class OpenDocuments {

  /**
   * A text and what linting it found ({@code checked} is empty for a file that is not a
   * post-mortem).
   */
  record Linted(String text, Optional<DocumentLint.Checked> checked) {}

  /** One open document; {@code linted} may be for an older text than {@code text}. */
  static final class Document {
    final String uri;
    final Path path;
    volatile String text;
    volatile int version;
    volatile boolean postMortem;
    volatile Linted linted;

    Document(String uri, Path path, String text, int version) {
      this.uri = uri;
      this.path = path;
      this.text = text;
      this.version = version;
    }

    /** What linting found, if it was for the text the editor has now. */
    Optional<Linted> current() {
      Linted last = linted;
      return last != null && last.checked().isPresent() && last.text().equals(text)
          ? Optional.of(last)
          : Optional.empty();
    }

    /** The template the document was last checked against; empty before its first check. */
    String lastTemplate() {
      Linted last = linted;
      return last == null ? "" : last.checked().map(c -> c.result().template()).orElse("");
    }
  }

  private final Map<String, Document> byUri = new ConcurrentHashMap<>();

  Document open(String uri, String text, int version) {
    Document doc = new Document(uri, path(uri), text, version);
    byUri.put(uri, doc);
    return doc;
  }

  Optional<Document> get(String uri) {
    return Optional.ofNullable(byUri.get(uri));
  }

  void close(String uri) {
    byUri.remove(uri);
  }

  Collection<Document> all() {
    return byUri.values();
  }

  int size() {
    return byUri.size();
  }

  /**
   * A {@code file:} URI as a path; other schemes (an unsaved buffer) get a path that exists
   * nowhere.
   */
  static Path path(String uri) {
    try {
      URI parsed = URI.create(uri);
      if ("file".equals(parsed.getScheme())) {
        return Path.of(parsed).toAbsolutePath().normalize();
      }
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      // falls through: not a file on disk
    }
    String name = uri.replaceAll(".*[/:]", "");
    return Path.of("untitled", name.isEmpty() ? "untitled.md" : name).toAbsolutePath();
  }
}
