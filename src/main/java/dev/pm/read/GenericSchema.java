package dev.pm.read;

import dev.pm.schema.ActionItemSpec;
import dev.pm.schema.FrontMatterSpec;
import dev.pm.schema.MetadataSpec;
import dev.pm.schema.Schema;
import dev.pm.schema.TimelineSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of a document that resembles no template, in a class of its own so that it is built
 * (the default action-item columns and words are read from YAML) only when a file is read: a run
 * whose every file comes from the result cache never builds it (it was a fifth of a warm cached
 * run's own work when it sat in {@link SchemaResolver}'s static set-up).
 */
public final class GenericSchema {

  private GenericSchema() {}

  /**
   * What a document resembling no template is checked with: no required sections, but the front
   * matter keys every template requires, so a file with only site keys (title, weight) learns what
   * pm needs to read it.
   */
  public static final Schema SCHEMA =
      new Schema(
          "generic",
          "General checks for post-mortems in any style",
          "(generic)",
          new FrontMatterSpec(
              List.of("id", "title", "date", "severity", "status", "template"), Map.of()),
          false,
          List.of(),
          ActionItemSpec.defaults(),
          TimelineSpec.defaults(),
          MetadataSpec.DEFAULT,
          Optional.empty(),
          List.of(),
          Map.of(),
          dev.pm.schema.BlamelessSpec.DEFAULT);
}
