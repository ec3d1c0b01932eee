package dev.pm.lint.rules;

import dev.pm.lint.LintContext;
import dev.pm.lint.SectionBinding;
import dev.pm.model.Block;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tables of bound sections, shared by the table rules. */
final class SectionTables {

  private SectionTables() {}

  /** The tables of a section (sub-sections included) in document order. */
  static List<Table> tables(Section section) {
    List<Table> tables = new ArrayList<>();
    for (Block block : section.allBlocks()) {
      if (block instanceof Table t) {
        tables.add(t);
      }
    }
    return tables;
  }

  /** The table of {@code section} that best fits {@code spec}: the one sharing most columns. */
  static Optional<Table> tableFor(Section section, TableSpec spec) {
    Table best = null;
    int bestShared = 0;
    for (Table table : tables(section)) {
      int shared = 0;
      for (var column : spec.columns()) {
        if (table.header().stream()
            .anyMatch(h -> dev.pm.text.HeadingNormalizer.matches(h.key(), column.keys()))) {
          shared++;
        }
      }
      if (shared > bestShared) {
        best = table;
        bestShared = shared;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A schema table and the document table that fits it, in a present section. */
  record BoundTable(Section section, TableSpec spec, Table table) {}

  /** Every schema table whose section is present and holds a fitting table. */
  static List<BoundTable> boundTables(LintContext context) {
    List<BoundTable> out = new ArrayList<>();
    for (SectionBinding b : SectionBinding.flatten(context.sectionBindings())) {
      if (b.section().isEmpty()) {
        continue;
      }
      for (TableSpec spec : b.spec().tables()) {
        tableFor(b.section().get(), spec)
            .ifPresent(t -> out.add(new BoundTable(b.section().get(), spec, t)));
      }
    }
    return out;
  }

  /** The index of the header cell that names {@code column} (under any alias), or -1. */
  static int columnIndex(Table table, dev.pm.schema.ColumnSpec column) {
    for (int i = 0; i < table.header().size(); i++) {
      if (dev.pm.text.HeadingNormalizer.matches(table.header().get(i).key(), column.keys())) {
        return i;
      }
    }
    return -1;
  }
}
