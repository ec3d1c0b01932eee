package dev.pm.template;

import dev.pm.schema.Schema;

/**
 * A template {@code pm new} writes and {@code pm lint} checks against.
 *
 * @param name what {@code --template} and front matter {@code template:} say
 * @param origin built in, or from the repository's templates folder
 * @param markdown {@code template.md} as written (front matter + Mustache body)
 * @param schema {@code schema.yaml}, with the template's placeholder body attached
 */
public record Template(
    String name, Origin origin, String location, String markdown, Schema schema) {

  public enum Origin {
    BUILT_IN,
    REPOSITORY
  }

  public String description() {
    return schema.description();
  }
}
