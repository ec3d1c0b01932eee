package dev.pm.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * The text a reader sees in a paragraph, heading or cell, without its Markdown.
 *
 * <p>Rationale: flexmark's {@link TextCollectingVisitor} grows its segment array by one element per
 * piece of text (flexmark 0.64.8, {@code SegmentBuilderBase.ensureCapacity}), so it copies the
 * array once per node: quadratic. A 32 KB line of {@code a*} (16,000 emphasis nodes) made it
 * allocate 1 GB, and a 1 MiB one allocated until the time limit, growing a default-sized heap past
 * 4 GB. Real paragraphs have a few dozen inline nodes, so they keep flexmark's exact text; a node
 * with more than {@link #MAX_EXACT_NODES} beneath it, which only generated or hostile input has, is
 * read by a linear walk that keeps the characters of its text, code and line breaks.
 */
final class PlainText {

  /** Below this flexmark's collector costs at most a few MB; no real paragraph comes near it. */
  static final int MAX_EXACT_NODES = 2_000;

  private PlainText() {}

  static String of(Node node) {
    if (!hasMoreNodesThan(node, MAX_EXACT_NODES)) {
      return new TextCollectingVisitor().collectAndGetText(node).strip();
    }
    StringBuilder text = new StringBuilder();
    for (Node child : node.getDescendants()) {
      if (child instanceof Text || child instanceof Code) {
        text.append(child instanceof Code code ? code.getText() : child.getChars());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        text.append('\n');
      }
    }
    return text.toString().strip();
  }

  private static boolean hasMoreNodesThan(Node node, int limit) {
    int count = 0;
    for (Node ignored : node.getDescendants()) {
      if (++count > limit) {
        return true;
      }
    }
    return false;
  }
}
