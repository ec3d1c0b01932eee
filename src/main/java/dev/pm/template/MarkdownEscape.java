package dev.pm.template;

import java.util.regex.Pattern;

/**
 * Makes a one-line value safe to put into a template's Markdown body, so that what a user typed as
 * a title, author or service can never change the document's structure: a {@code |} would split a
 * metadata table cell, and a value alone on its line that starts with {@code #}, {@code -}, {@code
 * >}, {@code <!--}, {@code ```} or {@code [x]:} would become a heading, a list, a quote, an HTML or
 * code block swallowing the sections after it, or a link definition.
 *
 * <p>Only what is needed is escaped, since people read and edit the raw file: every backslash
 * (otherwise {@code a\|b} would come out as an escaped backslash and a live pipe), every pipe, and
 * the value's first character when it could open a block. CommonMark renders each escape as the
 * character itself.
 */
final class MarkdownEscape {

  /** Characters that open a block, or a setext underline, at the start of a line. */
  private static final String BLOCK_OPENERS = "#>-+*=_`~<[|:";

  private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");

  private MarkdownEscape() {}

  static String text(String value) {
    String stripped = value.strip();
    StringBuilder out = new StringBuilder(stripped.length() + 8);
    var orderedList = ORDERED_LIST_START.matcher(stripped);
    int start = 0;
    if (orderedList.find()) {
      out.append(orderedList.group(1)).append('\\').append(orderedList.group(2));
      start = orderedList.end();
    } else if (!stripped.isEmpty() && BLOCK_OPENERS.indexOf(stripped.charAt(0)) >= 0) {
      out.append('\\').append(stripped.charAt(0));
      start = 1;
    }
    for (int i = start; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == '\\' || c == '|') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
