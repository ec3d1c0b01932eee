package dev.pm.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (Maven's process-classes phase): writes each built-in template's placeholder body, the
 * text an untouched {@code pm new} file shows, beside its {@code template.md} in the class output.
 * The built-in templates never change after the build, so rendering them through JMustache at every
 * start of a lint is wasted work; repository templates are still rendered when read.
 */
public final class PlaceholderBodies {

  /** The resource written beside each built-in {@code template.md}. */
  static final String FILE_NAME = "template.placeholder.md";

  private PlaceholderBodies() {}

  /** Writes the bodies under {@code args[0]}, the class output folder ({@code target/classes}). */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PlaceholderBodies <class output folder>");
    }
    Path out = Path.of(args[0]);
    for (String name : TemplateCatalog.builtInNames()) {
      String root = TemplateCatalog.BUILT_IN_ROOT + name + "/";
      String markdown = TemplateCatalog.resource(root + "template.md");
      if (markdown.isBlank()) {
        continue;
      }
      String body = TemplateCatalog.placeholderBody("templates/" + name + "/template.md", markdown);
      Path file = out.resolve(root.substring(1) + FILE_NAME);
      Files.createDirectories(file.getParent());
      Files.writeString(file, body, StandardCharsets.UTF_8);
    }
  }
}
