package dev.pm.stats;

/** The output formats of {@code pm stats}. */
public enum StatsFormat {
  TABLE,
  MARKDOWN,
  JSON,
  CSV,
  HTML;

  /** @param colour whether the table format may use ANSI colours */
  public StatsRenderer renderer(boolean colour) {
    return switch (this) {
      case TABLE -> new TableRenderer(colour);
      case MARKDOWN -> new MarkdownRenderer();
      case JSON -> new JsonRenderer();
      case CSV -> new CsvRenderer();
      case HTML -> new HtmlRenderer();
    };
  }
}
