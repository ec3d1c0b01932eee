package dev.pm.parse;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Reads one cell's Markdown on its own, for rows where GitHub splits cells that flexmark keeps
 * together ({@link dev.pm.text.GfmRow}): the cell is parsed as the only cell of a one-column table,
 * so its inline Markdown (emphasis, links, escapes) reads as in any other cell.
 */
final class GfmCells {

  private final Parser markdown;

  GfmCells(Parser markdown) {
    this.markdown = markdown;
  }

  /** The parsed cell: its text and links are the cell's. */
  Node parse(String cellMarkdown) {
    Node document = markdown.parse("| " + cellMarkdown + " |\n|-|\n");
    for (Node node : document.getDescendants()) {
      if (node instanceof TableCell cell) {
        return cell;
      }
    }
    return document; // cannot happen for one line without an unescaped pipe; read it as text
  }
}
