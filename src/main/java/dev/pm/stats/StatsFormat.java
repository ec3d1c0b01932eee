package dev.pm.stats;

/** The output formats of {@code pm stats}. */
public enum StatsFormat {
  TABLE,
  MARKDOWN,
  JSON,
  CSV,
  HTML;

  /**
   * The renderer of this format, with file names as they are.
   *
   * @param colour whether the table format may use ANSI colours
   * @param csvRaw whether CSV cells are written as they are, formulas and all
   */
  public StatsRenderer renderer(boolean colour, boolean csvRaw) {
    return renderer(colour, csvRaw, file -> file);
  }

  /**
   * The renderer of this format.
   *
   * @param linkTo turns a file's display path into a link from where the output is written (HTML)
   */
  public StatsRenderer renderer(
      boolean colour, boolean csvRaw, java.util.function.UnaryOperator<String> linkTo) {
    return switch (this) {
      case TABLE -> new TableRenderer(colour);
      case MARKDOWN -> new MarkdownRenderer();
      case JSON -> new JsonRenderer();
      case CSV -> new CsvRenderer(csvRaw);
      case HTML -> new HtmlRenderer(linkTo);
    };
  }
}
