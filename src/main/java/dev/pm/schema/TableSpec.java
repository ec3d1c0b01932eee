package dev.pm.schema;

import java.util.List;

/**
 * A table a section must hold.
 *
 * @param columns the columns, in the template's order
 * @param required whether the section must hold such a table at all
 */
public record TableSpec(List<ColumnSpec> columns, boolean required) {
  public TableSpec {
    columns = List.copyOf(columns);
  }
}
