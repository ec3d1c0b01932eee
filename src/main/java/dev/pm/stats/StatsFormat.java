package dev.pm.stats;

/** The output formats of {@code pm stats}. */
public enum StatsFormat {
  TABLE,
  MARKDOWN,
  JSON,
  CSV,
  HTML;

  /**
   * @param colour whether the table format may use ANSI colours
   * @param csvRaw whether CSV cells are written as they are, formulas and all
   */
  public StatsRenderer renderer(boolean colour, boolean csvRaw) {
    return switch (this) {
      case TABLE -> new TableRenderer(colour);
      case MARKDOWN -> new MarkdownRenderer();
      case JSON -> new JsonRenderer();
      case CSV -> new CsvRenderer(csvRaw);
      case HTML -> new HtmlRenderer();
    };
  }
}
