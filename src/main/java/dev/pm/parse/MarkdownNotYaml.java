package dev.pm.parse;

import java.util.regex.Pattern;

/**
 * A block between a first-line {@code ---} and a later {@code ---} that is the document itself, not
 * front matter: a thematic break opening the file, then a blank line and the title and sections, or
 * prose with no line YAML would read as a key or item. A person reads it as Markdown; reading it as
 * YAML loses that text to one PM102.
 */
final class MarkdownNotYaml {

  /** An ATX heading with text: "# Incident report", "## Prevention". */
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");

  /**
   * A line YAML reads as structure: a key ({@code id:}), an item ({@code - x}), a comment, a flow
   * collection. Prose has none of them.
   */
  private static final Pattern YAML_LINE =
      Pattern.compile("^\\s*(?:[^\\s#][^:]*:(?:\\s|$)|-(?:\\s|$)|#|[\\[{])");

  private MarkdownNotYaml() {}

  /**
   * True when YAML could not read {@code content} and it either opens with a blank line and holds a
   * Markdown heading, or has no line YAML reads as structure: the delimiter was a horizontal rule.
   * A YAML comment ({@code # owners}) in valid front matter never gets here, and broken YAML with a
   * key in it ({@code title: "Outage}) stays a PM102.
   */
  static boolean reads(String content) {
    int firstBreak = content.indexOf('\n');
    String first = firstBreak < 0 ? content : content.substring(0, firstBreak);
    boolean titled = first.isBlank() && HEADING.matcher(content).find();
    // "---", a sentence, "---": a rule and a setext heading, which YAML reads as a bare string.
    boolean prose =
        !content.isBlank() && content.lines().noneMatch(l -> YAML_LINE.matcher(l).find());
    return titled || prose;
  }
}
