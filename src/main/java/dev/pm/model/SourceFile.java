package dev.pm.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A post-mortem file as read from disk: where it is, how to show its name, and its decoded text.
 *
 * @param path the file on disk
 * @param displayPath the path shown in diagnostics (relative to the working directory when
 *     possible)
 * @param text the decoded text, byte order mark removed
 */
public record SourceFile(Path path, String displayPath, String text) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(text, "text");
  }

  /** The same file with other text (a fix's result, before it is written). */
  public SourceFile withText(String newText) {
    return new SourceFile(path, displayPath, newText);
  }
}
