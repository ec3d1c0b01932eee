package dev.pm.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A rule's documentation page, bundled as {@code /dev/pm/rules/PMnnn.md}: what {@code pm explain}
 * prints and what an editor shows on hover, so the two cannot differ.
 */
public final class RuleDocs {

  /** Where the repository publishes the pages; with {@link RuleInfo#docPath()}, a rule's link. */
  static final String PUBLISHED_AT = "https://github.com/pm-dev/pm/blob/main/";

  private RuleDocs() {}

  /** The page's Markdown; a rule without a page gets its id, name and summary. */
  public static String text(RuleInfo info) {
    try (InputStream in =
        RuleDocs.class.getResourceAsStream("/dev/pm/rules/" + info.id().value() + ".md")) {
      if (in == null) {
        return "# " + info.id() + " " + info.name() + "\n\n" + info.summary() + ".\n";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The page on the web, for links from editors ({@code codeDescription}) and SARIF ({@code
   * helpUri}).
   */
  public static String url(RuleInfo info) {
    return PUBLISHED_AT + info.docPath();
  }
}
