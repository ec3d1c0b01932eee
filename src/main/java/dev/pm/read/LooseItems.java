package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Paragraph;
import dev.pm.model.Section;
import dev.pm.model.SourceLine;
import dev.pm.model.Table;
import dev.pm.schema.ActionItemSpec;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action items that are not bullets of a follow-up section: lines, prose commitments and
 * sub-headings under a follow-up heading; and, anywhere else, what a label introduces
 * ({@code **Actions planned:**}, a plain "Action items" line, {@code - **Actions following review**:}),
 * {@code **TODO**:} / {@code **DONE**:} paragraphs, task lists and tables recognised by their columns.
 */
final class LooseItems {

  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|~~");
  /** {@code **TODO**: text}, {@code DONE: text}, {@code **DOING**} as the first word of a line. */
  private static final Pattern STATE_LINE = Pattern.compile("^\\s*(?:\\*\\*|__)?(TODO|DONE|DOING|IN PROGRESS|WIP)(?:\\*\\*|__)?\\s*[:\\-]?\\s*(.*)$");
  /** {@code Action point: text}: an inline follow-up label and its item. */
  private static final Pattern INLINE_LABEL = Pattern.compile("^\\s*(?:\\*\\*|__)?([^:*_]{3,40}?)(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?\\s+(\\S.{3,})$");
  /** A sentence that commits to future work, or reports a fix made after the incident. */
  private static final Pattern COMMITMENT = Pattern.compile(
      "(?i)\\b(?:we(?:'ll| will| plan to| are planning| intend to| need to| should| must| are going to| have to)|"
          + "(?:will|is going to) be (?:added|implemented|rolled out|updated|introduced|reviewed|improved|created|enforced|changed)|"
          + "longer-term fix|long-term fix|permanent fix|(?:has|have) been rolled out|to prevent (?:this|a recurrence|recurrence)|"
          + "going forward|in the future|follow[- ]up)\\b");
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\\[])");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:\\d+[.)]|[a-z][.)])\\s+\\S");

  private LooseItems() {}

  /** A paragraph that is only a label: a short bold line, or a short line ending with a colon. */
  static Optional<String> label(Paragraph p) {
    if (p.lines().size() != 1) {
      return Optional.empty();
    }
    String md = p.lines().get(0).markdown().strip();
    String text = p.text().strip();
    boolean bold = md.matches("^(?:\\*\\*|__)[^*_]{2,80}(?:\\*\\*|__)\\s*:?$") || md.matches("^(?:\\*\\*|__)[^*_]{2,80}:(?:\\*\\*|__)$");
    boolean colon = text.endsWith(":") && text.length() <= 60;
    return bold || colon ? Optional.of(text.replaceAll(":$", "").strip()) : Optional.empty();
  }

  /**
   * Lines under a follow-up heading with no list: a block of short lines is one item per line; prose
   * gives one item per committing sentence; a short single line is one item.
   */
  static void fromParagraph(Paragraph p, String category, ActionItemSpec spec, List<ActionItem> out) {
    List<SourceLine> lines = p.lines();
    boolean shortLines = lines.size() > 1 && lines.stream().allMatch(l -> l.markdown().strip().length() <= 160)
        && lines.stream().skip(1).noneMatch(l -> Character.isLowerCase(firstLetter(l.markdown())));
    if (shortLines || lines.size() == 1 && p.text().strip().length() <= 200) {
      for (SourceLine line : lines) {
        String text = clean(line.markdown());
        if (!text.isBlank() && !text.endsWith(":")) {
          out.add(line(text, category, true, line));
        }
      }
      return;
    }
    for (SourceLine line : lines) {
      String[] sentences = SENTENCE.split(clean(line.markdown()));
      // The first piece of a line may finish a sentence begun on the line before: it starts no item.
      boolean continues = line != lines.get(0) && !Character.isUpperCase(firstLetter(line.markdown()));
      for (int i = continues ? 1 : 0; i < sentences.length; i++) {
        if (COMMITMENT.matcher(sentences[i]).find() && !addressesReader(sentences[i])) {
          out.add(line(sentences[i], category, false, line));
          break;
        }
      }
    }
  }

  private static ActionItem line(String text, String category, boolean list, SourceLine line) {
    Matcher state = STATE_LINE.matcher(text);
    Optional<ActionStatus> stated = state.matches() ? StatusNormalizer.findInText("(" + state.group(1).toLowerCase() + ")") : Optional.empty();
    String action = state.matches() && !state.group(2).isBlank() ? state.group(2) : text;
    ActionStatus status = stated.or(() -> ItemStatus.of(text))
        .orElse(list && ItemStatus.pastTense(action) ? ActionStatus.DONE : ActionStatus.OPEN);
    return ActionItemExtractor.item(ActionItem.Form.LINE, action, category, status, List.of(), line.at());
  }

  /**
   * A sub-heading of a follow-up section that is an item itself, its body a description: numbered
   * ("### 1) Verify cron"), or a heading over prose only, worded as a task (three words or more).
   */
  static boolean isItemHeading(Section child) {
    boolean structured = child.allBlocks().stream().anyMatch(b -> b instanceof ListBlock || b instanceof Table);
    if (structured || !child.children().isEmpty()) {
      return false;
    }
    String text = child.heading().text().strip();
    if (NUMBERED.matcher(text).find()) {
      return true;
    }
    // A heading over a long discussion is a topic; its committing sentences are the items.
    int body = child.blocks().stream().mapToInt(b -> b instanceof Paragraph p ? p.text().length() : 0).sum();
    return text.split("\\s+").length >= 3 && !FollowUps.names(text) && child.blocks().size() <= 2 && body <= 400;
  }

  private static final Pattern READER = Pattern.compile("(?i)\\b(?:you|your)\\b");

  /** Text that speaks to the reader ("things you can do"): advice, not the organisation's work. */
  static boolean addressesReader(String text) {
    return READER.matcher(text).find();
  }

  static void fromHeading(Section child, String category, ActionItemSpec spec, List<ActionItem> out) {
    String text = child.heading().text().strip().replaceFirst("^\\s*(?:\\d+[.)]|[a-z][.)])\\s+", "");
    String body = child.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).findFirst().orElse("");
    Matcher state = STATE_LINE.matcher(text);
    ActionStatus status = (state.matches() ? StatusNormalizer.findInText("(" + state.group(1).toLowerCase() + ")") : Optional.<ActionStatus>empty())
        .or(() -> ItemStatus.of(text))
        .orElse(ItemStatus.pastTense(text) || ItemStatus.pastTense(body) ? ActionStatus.DONE : ActionStatus.OPEN);
    out.add(ActionItemExtractor.item(ActionItem.Form.LINE, text, category, status, List.of(), child.heading().at()));
  }

  /** Items outside follow-up sections (and timelines, which {@code skip} names). */
  static void outside(Section section, Predicate<Section> skip, ActionItemSpec spec, List<ActionItem> out) {
    List<Block> blocks = section.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (block instanceof Table table && ActionItemExtractor.isActionTable(table, spec, false)) {
        ActionItemExtractor.fromTable(table, null, spec, out);
      } else if (block instanceof ListBlock list) {
        if (fromList(list.items(), next, spec, out)) {
          i++;
        }
      } else if (block instanceof Paragraph p && !p.quoted()) {
        if (fromLabelParagraph(p, next, spec, out)) {
          i++;
        }
      }
    }
    for (Section child : section.children()) {
      if (!skip.test(child)) {
        outside(child, skip, spec, out);
      }
    }
  }

  /** Task items, and what a follow-up list label holds; true when the label took the next block's list. */
  private static boolean fromList(List<ListItem> items, Block next, ActionItemSpec spec, List<ActionItem> out) {
    boolean tookNext = false;
    for (ListItem item : items) {
      String text = item.text().strip();
      Matcher inline = INLINE_LABEL.matcher(text);
      if (isLabel(text)) {
        if (!item.children().isEmpty()) {
          item.children().forEach(c -> ActionItemExtractor.fromListItem(c, null, spec, out, true));
        } else if (next instanceof ListBlock list && item == items.get(items.size() - 1)) {
          list.items().forEach(c -> ActionItemExtractor.fromListItem(c, null, spec, out, true));
          tookNext = true;
        }
      } else if (inline.matches() && inlineLabel(inline.group(1))) {
        out.add(ActionItemExtractor.item(ActionItem.Form.BULLET, inline.group(2).strip(), null,
            ItemStatus.of(text + childText(item)).orElse(ActionStatus.OPEN), item.links(), item.at()));
      } else if (item.task() != ListItem.TaskState.NONE) {
        ActionItemExtractor.fromListItem(item, null, spec, out, false);
      } else {
        fromList(item.children(), null, spec, out);
      }
    }
    return tookNext;
  }

  private static String childText(ListItem item) {
    StringBuilder s = new StringBuilder();
    item.children().forEach(c -> s.append(' ').append(c.text()));
    return s.toString();
  }

  /** A label paragraph ("**Actions planned:**", "Action items"), its lines and the list after it. */
  private static boolean fromLabelParagraph(Paragraph p, Block next, ActionItemSpec spec, List<ActionItem> out) {
    List<SourceLine> lines = p.lines();
    String first = clean(lines.get(0).markdown());
    if (isLabel(first)) {
      for (SourceLine line : lines.subList(1, lines.size())) {
        String text = clean(line.markdown());
        if (!text.isBlank()) {
          out.add(line(text, null, true, line));
        }
      }
      if (next instanceof ListBlock list) {
        list.items().forEach(c -> ActionItemExtractor.fromListItem(c, null, spec, out, true));
        return true;
      }
      return false;
    }
    for (SourceLine line : lines) {
      String text = clean(line.markdown());
      Matcher state = STATE_LINE.matcher(text);
      Matcher inline = INLINE_LABEL.matcher(text);
      if (state.matches() && !state.group(2).isBlank() && line.markdown().strip().matches("^(?:\\*\\*|__)?[A-Z ]{2,11}(?:\\*\\*|__)?\\s*:.*")) {
        out.add(line(text, null, false, line));
      } else if (inline.matches() && inlineLabel(inline.group(1))) {
        out.add(line(inline.group(2), null, false, line));
      }
    }
    return false;
  }

  /**
   * "Action point: ...", "Follow-up: ...", "TODO: ...": a label opening a line that is an item. A
   * bare "Action:" is left out: templates use it as a field of a lesson or a finding.
   */
  private static boolean inlineLabel(String label) {
    return FollowUps.names(label) && !FollowUps.normalize(label).equals("action");
  }

  /** A short label naming follow-up work: "Action items", "Actions planned:", "**Next steps**". */
  private static boolean isLabel(String text) {
    String t = clean(text);
    return t.length() <= 60 && FollowUps.names(t) && (t.endsWith(":") || t.split("\\s+").length <= 5);
  }

  private static String clean(String markdown) {
    return MARKUP.matcher(markdown).replaceAll("").replaceFirst("^\\s*(?:[-*+]\\s+)?", "").strip();
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }
}
