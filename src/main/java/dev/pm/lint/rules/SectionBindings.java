package dev.pm.lint.rules;

import dev.pm.lint.LintContext;
import dev.pm.model.Block;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.read.SectionMatcher;
import dev.pm.schema.SectionSpec;
import dev.pm.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pairs each section spec with the document section it names (top-level specs anywhere, sub-section
 * specs below their parent's section) so the section and table rules walk one binding.
 */
final class SectionBindings {

  /**
   * @param spec the schema's section
   * @param section the matching document section, if present
   * @param parent the parent spec's section; empty for top-level specs
   * @param siblings the specs at the same level, in schema order
   */
  record Binding(
      SectionSpec spec,
      Optional<Section> section,
      Optional<Section> parent,
      List<SectionSpec> siblings,
      List<Binding> children) {}

  private SectionBindings() {}

  /** The bindings of this document, computed once and shared by the section and table rules. */
  static List<Binding> bind(LintContext context) {
    return context.computeOnce(
        SectionBindings.class, () -> bind(context, context.schema().sections(), Optional.empty()));
  }

  private static List<Binding> bind(
      LintContext context, List<SectionSpec> specs, Optional<Section> parent) {
    List<Binding> out = new ArrayList<>();
    for (SectionSpec spec : specs) {
      Optional<Section> found =
          parent.isEmpty()
              ? SectionMatcher.find(context.doc(), spec)
              : SectionMatcher.findBelow(parent.get(), spec);
      List<Binding> children =
          found.isPresent() ? bind(context, spec.sections(), found) : List.of();
      out.add(new Binding(spec, found, parent, specs, children));
    }
    return out;
  }

  /** Every binding, parents before children. */
  static List<Binding> flatten(List<Binding> bindings) {
    List<Binding> all = new ArrayList<>();
    for (Binding b : bindings) {
      all.add(b);
      all.addAll(flatten(b.children()));
    }
    return all;
  }

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
    for (Binding b : flatten(bind(context))) {
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
