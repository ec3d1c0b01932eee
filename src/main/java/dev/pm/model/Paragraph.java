package dev.pm.model;

import java.util.List;

/**
 * A paragraph (or the text of a block quote).
 *
 * @param text plain text, Markdown removed, soft line breaks kept as newlines
 * @param lines the source lines of the paragraph as written, for line-precise findings
 * @param emphasized the whole paragraph is one emphasis span: how templates write instructions
 * @param quoted the paragraph stands in a block quote: text a template means to keep (a reminder)
 */
public record Paragraph(
    String text, List<SourceLine> lines, boolean emphasized, boolean quoted, Location at)
    implements Block {
  public Paragraph {
    lines = List.copyOf(lines);
  }
}
