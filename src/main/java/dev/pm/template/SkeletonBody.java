package dev.pm.template;

import dev.pm.error.UserError;
import dev.pm.schema.ColumnSpec;
import dev.pm.schema.Schema;
import dev.pm.schema.SectionSpec;
import dev.pm.schema.TableSpec;
import java.util.List;

/**
 * The body {@code pm new} writes for a template that has a schema and no {@code template.md} (one
 * made by {@code pm schema derive}): the title, then every section the schema requires as a
 * heading, with the header row of each table it requires. Without it such a template gave front
 * matter and nothing else, and the file failed lint for every section.
 */
final class SkeletonBody {

  private SkeletonBody() {}

  /**
   * A Mustache body (the title is filled in like a template's), or refuses when the schema requires
   * no section.
   */
  static String of(Schema schema) {
    StringBuilder body = new StringBuilder("# {{title}}\n");
    append(body, schema.sections(), 2);
    if (body.indexOf("\n#", 1) < 0) {
      throw new UserError(
          "template \""
              + schema.name()
              + "\" has no template.md and its schema requires no sections:"
              + " there is nothing to write; add a template.md beside its schema.yaml");
    }
    return body.toString();
  }

  private static void append(StringBuilder body, List<SectionSpec> sections, int level) {
    for (SectionSpec section : sections) {
      if (!section.required()) {
        continue;
      }
      body.append('\n')
          .append("#".repeat(Math.min(level, 6)))
          .append(' ')
          .append(section.title())
          .append('\n');
      for (TableSpec table : section.tables()) {
        if (table.required()) {
          List<String> columns =
              table.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name).toList();
          body.append('\n')
              .append("| ")
              .append(String.join(" | ", columns))
              .append(" |\n")
              .append("|")
              .append("---|".repeat(columns.size()))
              .append('\n');
        }
      }
      append(body, section.sections(), level + 1);
    }
  }
}
