package dev.pm.parse;

import java.util.regex.Pattern;

/**
 * A block between a first-line {@code ---} and a later {@code ---} that is the document itself, not
 * front matter: a thematic break opening the file, a blank line, then the title and sections. A
 * person reads it as Markdown; reading it as YAML loses the whole document to one PM102.
 */
final class MarkdownNotYaml {

  /** An ATX heading with text: "# Incident report", "## Prevention". */
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");

  private MarkdownNotYaml() {}

  /**
   * True when YAML could not read {@code content} and it opens with a blank line and holds a
   * Markdown heading: the delimiter was a horizontal rule. A YAML comment ({@code # owners}) in
   * valid front matter never gets here.
   */
  static boolean reads(String content) {
    int firstBreak = content.indexOf('\n');
    String first = firstBreak < 0 ? content : content.substring(0, firstBreak);
    return first.isBlank() && HEADING.matcher(content).find();
  }
}
