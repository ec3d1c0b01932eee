package dev.pm.read;

import dev.pm.model.Block;
import dev.pm.model.Cell;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Paragraph;
import dev.pm.model.PostMortem;
import dev.pm.model.Row;
import dev.pm.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text of a template, for recognising what a post-mortem left as the template wrote it.
 *
 * <p>Rationale: unfilled text is derived from the template itself, not from a second hand-kept
 * list, so a repository template gets the check for free and an edited template cannot drift from
 * its check. Left out, because a filled-in document keeps them as they are: single words ("Open",
 * "Yes"), block quotes (a reminder the template means to stay) and task-list items (a checklist is
 * filled in by ticking it).
 */
public final class TemplateText {

  public static final TemplateText NONE = new TemplateText(Set.of(), Set.of(), Set.of());

  private final Set<String> blocks;
  private final Set<List<String>> rows;

  /**
   * The first cell of each of {@link #rows}: most rows of a filled-in table differ there, and it is
   * checked before the whole row is normalised (every row of every file is checked).
   */
  private final Set<String> firstCells = new HashSet<>();

  private final Set<String> tasks;

  private TemplateText(Set<String> blocks, Set<List<String>> rows, Set<String> tasks) {
    this.blocks = blocks;
    this.rows = rows;
    this.tasks = tasks;
    for (List<String> row : rows) {
      firstCells.add(row.get(0));
    }
  }

  /**
   * Whether a task-list item is one of the template's own checklist entries ("- [ ] Automated
   * monitoring" under "How was it detected?"): ticked or not, it answers the template, it is no
   * follow-up work.
   */
  public boolean isTemplateTask(String text) {
    return tasks.contains(normalize(text));
  }

  /** Collects the paragraphs, list items and table rows of a parsed template. */
  public static TemplateText of(PostMortem template) {
    Set<String> blocks = new HashSet<>();
    Set<List<String>> rows = new HashSet<>();
    Set<String> tasks = new HashSet<>();
    for (Block block : template.root().allBlocks()) {
      if (block instanceof Paragraph p && !p.quoted()) {
        addBlock(blocks, p.text());
      } else if (block instanceof ListBlock list) {
        addItems(blocks, list.items());
        addTasks(tasks, list.items());
      } else if (block instanceof Table table) {
        for (Row row : table.rows()) {
          if (!row.isBlank()) {
            rows.add(cells(row));
          }
        }
      }
    }
    return new TemplateText(Set.copyOf(blocks), Set.copyOf(rows), Set.copyOf(tasks));
  }

  /** Whether a paragraph or list item's text is the template's, unchanged. */
  public boolean isTemplateBlock(String text) {
    return blocks.contains(normalize(text));
  }

  /** Whether a table row is one of the template's rows, unchanged. */
  public boolean isTemplateRow(Row row) {
    return !row.cells().isEmpty()
        && firstCells.contains(normalize(row.cells().get(0).markdown()))
        && !row.isBlank()
        && rows.contains(cells(row));
  }

  private static void addItems(Set<String> blocks, List<ListItem> items) {
    for (ListItem item : items) {
      // A label with its own sub-list ("Primary Cause:") stays; its sub-items are what is filled
      // in.
      if (item.task() == ListItem.TaskState.NONE && item.children().isEmpty()) {
        addBlock(blocks, item.text());
      }
      addItems(blocks, item.children());
    }
  }

  private static void addTasks(Set<String> tasks, List<ListItem> items) {
    for (ListItem item : items) {
      if (item.task() != ListItem.TaskState.NONE && !item.text().isBlank()) {
        tasks.add(normalize(item.text()));
      }
      addTasks(tasks, item.children());
    }
  }

  private static void addBlock(Set<String> blocks, String text) {
    String n = normalize(text);
    if (n.indexOf(' ') > 0) {
      blocks.add(n);
    }
  }

  private static List<String> cells(Row row) {
    List<String> out = new ArrayList<>(row.cells().size());
    for (Cell cell : row.cells()) {
      out.add(normalize(cell.markdown()));
    }
    return out;
  }

  /**
   * Runs of whitespace as one space, trimmed, lower case. A loop rather than a {@code \s+}
   * replacement: it runs on every cell and paragraph of every file, and was a sixth of the rules'
   * time as a pattern.
   */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString().trim().toLowerCase(Locale.ROOT);
  }

  /** {@code \s} as {@link java.util.regex.Pattern} reads it: space, tab, line breaks, VT, FF. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
  }
}
