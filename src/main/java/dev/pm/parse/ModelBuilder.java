package dev.pm.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.pm.model.Block;
import dev.pm.model.Cell;
import dev.pm.model.CodeBlock;
import dev.pm.model.Heading;
import dev.pm.model.HtmlComment;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.Row;
import dev.pm.model.Section;
import dev.pm.model.SourceLine;
import dev.pm.model.Table;
import dev.pm.text.HeadingNormalizer;
import dev.pm.text.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a flexmark document into pm's section tree. This and {@link PostMortemParser} are the only
 * classes that see flexmark types, so the Markdown library can be swapped without touching rules.
 */
final class ModelBuilder {

  /** Lists nested deeper than this are kept as text only: nothing pm checks lives that deep. */
  static final int MAX_LIST_DEPTH = 32;

  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>()\\[\\]|]+");

  /**
   * A paragraph that is only a bold label, optionally with a short remark: "**Prevention** (Stop
   * it)".
   */
  private static final Pattern LABEL =
      Pattern.compile("^\\*\\*([^*\\n]{1,80})\\*\\*\\s*(\\([^)\\n]*\\))?\\s*:?\\s*$");

  private final String text;
  private final LineIndex lines;
  private final GfmCells gfmCells;
  private final List<HtmlComment> comments = new ArrayList<>();
  private final java.util.Set<String> references = new java.util.HashSet<>();

  ModelBuilder(String text, LineIndex lines, com.vladsch.flexmark.parser.Parser markdown) {
    this.text = text;
    this.lines = lines;
    this.gfmCells = new GfmCells(markdown);
  }

  List<HtmlComment> comments() {
    return comments;
  }

  java.util.Set<String> references() {
    return references;
  }

  /** Builds the section tree: each heading owns the blocks up to the next heading. */
  Section build(Document document) {
    SectionBuilder root = new SectionBuilder(null);
    List<SectionBuilder> open = new ArrayList<>();
    open.add(root);
    SectionBuilder label = null;
    boolean details = false;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      Optional<HashlessHeadings.Heading> hashless =
          node instanceof Paragraph p
              ? HashlessHeadings.of(p.getChars().toString().strip())
              : Optional.empty();
      if (node instanceof com.vladsch.flexmark.ast.Heading || hashless.isPresent()) {
        // "##Prevention?" is the heading its writer meant, though CommonMark reads a paragraph
        int level =
            hashless.isPresent()
                ? hashless.get().level()
                : ((com.vladsch.flexmark.ast.Heading) node).getLevel();
        String plain = hashless.isPresent() ? hashless.get().text() : plainText(node);
        Heading heading =
            new Heading(level, plain, HeadingNormalizer.key(plain), at(node.getStartOffset()));
        while (open.size() > 1 && open.get(open.size() - 1).heading.level() >= level) {
          open.remove(open.size() - 1);
        }
        SectionBuilder section = new SectionBuilder(heading);
        open.get(open.size() - 1).children.add(section);
        open.add(section);
        label = null;
        continue;
      }
      SectionBuilder current = open.get(open.size() - 1);
      Heading labelHeading = labelHeading(node);
      if (labelHeading != null) {
        label = new SectionBuilder(labelHeading);
        current.children.add(label);
        continue;
      }
      if (node instanceof HtmlBlock html) {
        String raw = html.getChars().toString().toLowerCase(java.util.Locale.ROOT);
        boolean opens = raw.contains("<details");
        boolean closes = raw.contains("</details>");
        // a folded <details> block quotes what others wrote (an email, a support reply): its
        // paragraphs are read as quoted, like a block quote, not as the writers' own words
        details =
            opens
                ? !closes || raw.lastIndexOf("<details") > raw.lastIndexOf("</details>")
                : details && !closes;
      }
      addBlocks(node, label != null ? label : current, details);
    }
    return root.build();
  }

  /**
   * A one-line paragraph that is only a bold label followed by a list, as the blameless template
   * writes its action categories. Treated as a level-0 heading so schemas can name it.
   */
  private Heading labelHeading(Node node) {
    if (!(node instanceof Paragraph p) || !(p.getNext() instanceof ListBlock)) {
      return null;
    }
    if (!(p.getFirstChild() instanceof StrongEmphasis)) {
      return null;
    }
    String source = p.getChars().toString().trim();
    Matcher m = LABEL.matcher(source);
    if (!m.matches()) {
      return null;
    }
    String labelText = m.group(1).trim();
    return new Heading(0, labelText, HeadingNormalizer.key(labelText), at(p.getStartOffset()));
  }

  private void addBlocks(Node node, SectionBuilder into, boolean quoted) {
    if (node instanceof Paragraph p) {
      into.blocks.add(paragraph(p, quoted));
    } else if (node instanceof ListBlock list) {
      into.blocks.add(list(list, 0));
    } else if (node instanceof TableBlock table) {
      into.blocks.add(table(table));
    } else if (node instanceof FencedCodeBlock code) {
      into.blocks.add(new CodeBlock(code.getInfo().toString(), at(code.getStartOffset())));
    } else if (node instanceof IndentedCodeBlock code) {
      into.blocks.add(new CodeBlock("", at(code.getStartOffset())));
    } else if (node instanceof BlockQuote quote) {
      for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
        addBlocks(child, into, true);
      }
    } else if (node instanceof HtmlCommentBlock || node instanceof HtmlBlock) {
      int start = node.getStartOffset();
      Optional<Table> table =
          node instanceof HtmlBlock
              ? HtmlTables.of(node.getChars().toString(), o -> at(start + o))
              : Optional.empty();
      if (table.isPresent()) {
        into.blocks.add(table.get()); // "<table><tr><th>Remediation</th>...": a table all the same
      } else {
        collectComment(node);
      }
    } else if (node instanceof com.vladsch.flexmark.ast.Reference ref) {
      references.add(ref.getReference().toString().trim().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private dev.pm.model.Paragraph paragraph(Paragraph p, boolean quoted) {
    collectInlineComments(p);
    List<SourceLine> sourceLines = new ArrayList<>();
    int start = p.getStartOffset();
    int end = Math.min(p.getEndOffset(), text.length());
    int lineStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i > lineStart) {
          sourceLines.add(new SourceLine(text.substring(lineStart, i), at(lineStart)));
        }
        if (i < end && text.charAt(i) == '\r' && i + 1 < end && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    boolean emphasized =
        p.getFirstChild() != null
            && p.getFirstChild() == p.getLastChild()
            && p.getFirstChild() instanceof Emphasis;
    return new dev.pm.model.Paragraph(plainText(p), sourceLines, emphasized, quoted, at(start));
  }

  private dev.pm.model.ListBlock list(ListBlock list, int depth) {
    List<ListItem> items = new ArrayList<>();
    for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof com.vladsch.flexmark.ast.ListItem item) {
        items.add(item(item, depth));
      }
    }
    return new dev.pm.model.ListBlock(
        list instanceof OrderedList, items, at(list.getStartOffset()));
  }

  private ListItem item(com.vladsch.flexmark.ast.ListItem item, int depth) {
    ListItem.TaskState task = ListItem.TaskState.NONE;
    if (item instanceof TaskListItem taskItem) {
      task = taskItem.isItemDoneMarker() ? ListItem.TaskState.DONE : ListItem.TaskState.OPEN;
    }
    String itemText = "";
    String markdown = "";
    List<String> links = new ArrayList<>();
    List<ListItem> children = new ArrayList<>();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph p && markdown.isEmpty()) {
        collectInlineComments(p);
        itemText = plainText(p);
        markdown = p.getChars().toString().trim();
        collectLinks(p, links);
      } else if (child instanceof IndentedCodeBlock code
          && markdown.isEmpty()
          && child == item.getFirstChild()) {
        // "1.      Move the index": five spaces or more after the number make CommonMark read the
        // entry as code, a person as the entry's text
        itemText = code.getContentChars().toString().strip().replaceAll("\\s*\\n\\s*", " ");
        markdown = itemText;
      } else if (child instanceof ListBlock nested && depth < MAX_LIST_DEPTH) {
        children.addAll(list(nested, depth + 1).items());
      }
    }
    return new ListItem(itemText, markdown, task, links, at(item.getStartOffset()), children);
  }

  private Table table(TableBlock block) {
    List<Cell> header = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableHead && header.isEmpty()) {
        Node firstRow = part.getFirstChild();
        if (firstRow instanceof TableRow row) {
          header.addAll(cells(row));
        }
      } else if (part instanceof TableBody) {
        TableRow previous = null;
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          if (row instanceof TableRow tableRow) {
            List<Cell> cells = cells(tableRow);
            String aboveLine = previous == null ? "" : lineFrom(previous.getStartOffset());
            previous = tableRow;
            if (!rows.isEmpty()
                && WrappedRows.continues(
                    lineFrom(block.getStartOffset()),
                    aboveLine,
                    lineFrom(tableRow.getStartOffset()))) {
              rows.set(rows.size() - 1, WrappedRows.joined(rows.get(rows.size() - 1), cells));
            } else {
              rows.add(new Row(cells, at(tableRow.getStartOffset())));
            }
          }
        }
      }
    }
    return new Table(header, rows, at(block.getStartOffset()));
  }

  private List<Cell> cells(TableRow row) {
    int start = row.getStartOffset();
    String line = lineFrom(start);
    List<dev.pm.text.GfmRow.Span> spans = dev.pm.text.GfmRow.cells(line);
    int flexmarkCells = 0;
    for (Node node = row.getFirstChild(); node != null; node = node.getNext()) {
      flexmarkCells += node instanceof TableCell ? 1 : 0;
    }
    if (spans.size() != flexmarkCells) {
      // flexmark splits only where GFM does, so a different count means a pipe inside a code
      // span or a link: GFM ends the cell there, and so does pm.
      List<Cell> cells = new ArrayList<>();
      for (dev.pm.text.GfmRow.Span span : spans) {
        Node cell = gfmCells.parse(span.of(line));
        String cellText = plainText(cell).trim();
        List<String> links = new ArrayList<>();
        collectLinks(cell, links);
        cells.add(
            new Cell(
                cellText,
                span.of(line),
                HeadingNormalizer.key(cellText),
                links,
                at(start + span.start())));
      }
      return cells;
    }
    List<Cell> cells = new ArrayList<>();
    for (Node node = row.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof TableCell cell) {
        String cellText = plainText(cell).trim();
        int offset =
            cell.getText().isNull() || cell.getText().isEmpty()
                ? cell.getStartOffset() + (cell.getOpeningMarker().isEmpty() ? 0 : 1)
                : cell.getText().getStartOffset();
        List<String> links = new ArrayList<>();
        collectLinks(cell, links);
        String markdown = cell.getText().toString().trim();
        cells.add(new Cell(cellText, markdown, HeadingNormalizer.key(cellText), links, at(offset)));
      }
    }
    return cells;
  }

  private void collectLinks(Node node, List<String> into) {
    for (Node child : node.getDescendants()) {
      if (child instanceof Link link) {
        into.add(link.getUrl().toString());
      } else if (child instanceof AutoLink auto) {
        into.add(auto.getUrl().toString());
      } else if (child instanceof com.vladsch.flexmark.ast.Text t) {
        Matcher m = BARE_URL.matcher(t.getChars());
        while (m.find()) {
          into.add(m.group());
        }
      }
    }
  }

  private void collectComment(Node node) {
    String raw = node.getChars().toString().trim();
    if (raw.startsWith("<!--")) {
      comments.add(new HtmlComment(raw, at(node.getStartOffset())));
    }
  }

  private void collectInlineComments(Node node) {
    for (Node child : node.getDescendants()) {
      if (child instanceof HtmlInlineComment) {
        comments.add(new HtmlComment(child.getChars().toString(), at(child.getStartOffset())));
      }
    }
  }

  private static String plainText(Node node) {
    return PlainText.of(node);
  }

  /** The source text from {@code start} to the end of its line. */
  private String lineFrom(int start) {
    int lineEnd = start;
    while (lineEnd < text.length()
        && text.charAt(lineEnd) != '\n'
        && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    return text.substring(start, lineEnd);
  }

  private Location at(int offset) {
    return lines.at(offset);
  }

  /** Mutable while the tree is built; frozen into a {@link Section}. */
  private static final class SectionBuilder {
    final Heading heading;
    final List<Block> blocks = new ArrayList<>();
    final List<SectionBuilder> children = new ArrayList<>();

    SectionBuilder(Heading heading) {
      this.heading = heading;
    }

    Section build() {
      List<Section> built = new ArrayList<>(children.size());
      for (SectionBuilder child : children) {
        built.add(child.build());
      }
      return new Section(heading, blocks, built);
    }
  }
}
