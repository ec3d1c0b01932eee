package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
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
 * sub-headings under a follow-up heading; and, anywhere else, what a label introduces ({@code
 * **Actions planned:**}, a plain "Action items" line, {@code - **Actions following review**:}),
 * {@code **TODO**:} / {@code **DONE**:} paragraphs, task lists and tables recognised by their
 * columns.
 */
final class LooseItems {

  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|~~");

  // Compiled once: clean and isLabel run on every paragraph and list item outside follow-up
  // sections, and compiling these per call was a tenth of their time.
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]\\s+)?");
  private static final Pattern ANGLED_URL = Pattern.compile("^<(https?://\\S+)>$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern BOLD_LABEL =
      Pattern.compile("^(?:\\*\\*|__)[^*_]{2,80}(?:\\*\\*|__)\\s*:?$");
  private static final Pattern BOLD_LABEL_COLON_INSIDE =
      Pattern.compile("^(?:\\*\\*|__)[^*_]{2,80}:(?:\\*\\*|__)$");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?]$");

  /** {@code **TODO**: text}, {@code DONE: text}, {@code **DOING**} as the first word of a line. */
  static final Pattern STATE_LINE =
      Pattern.compile(
          "^\\s*(?:\\*\\*|__)?(TODO|DONE|DOING|IN PROGRESS|WIP)(?:\\*\\*|__)?\\s*[:\\-]?\\s*(.*)$");

  /**
   * A state word marked as one as written: bold ({@code **DOING** text}, {@code **TODO:** text}) or
   * followed by a colon ({@code TODO: text}); a sentence merely starting "Done" is not one.
   */
  private static final Pattern STATE_MARK =
      Pattern.compile(
          "^\\s*(?:(?:\\*\\*|__)(?:TODO|DONE|DOING|IN PROGRESS|WIP):?(?:\\*\\*|__)"
              + "|(?:TODO|DONE|DOING|IN PROGRESS|WIP)\\s*:)\\s*:?\\s*\\S");

  /** {@code Action point: text}: an inline follow-up label and its item. */
  private static final Pattern INLINE_LABEL =
      Pattern.compile(
          "^\\s*(?:\\*\\*|__)?([^:*_]{3,40}?)(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?\\s+(\\S.{3,})$");

  /** Lines a person does not count: thanks, hopes, apologies, advice to readers. */
  private static final Pattern NOT_AN_ITEM =
      Pattern.compile(
          "(?i)\\b(?:you|your|hope|hopefully|thank|thanks|apologi[sz]e|sorry|would|could|might)\\b"
              // a remark on how it felt: "It was a long night for the on-call engineer"
              + "|\\b(?:was|were) (?:a |an )?(?:(?:very|really|quite) )?(?:long|stressful|hard|tough|difficult|painful"
              + "|unpleasant|frustrating|rough|exhausting)\\b");

  private static final Pattern INNER_SENTENCE_END = Pattern.compile("[a-z)][.!?]\\s+[A-Z]");
  private static final Pattern SENTENCES = Pattern.compile("(?<=[a-z)%][.!?])\\s+(?=[A-Z])");

  private static final Pattern LINK_LINE =
      Pattern.compile("^(?:<https?://\\S+>|https?://\\S+|\\[[^\\]]+]\\(\\S+\\))$");

  private LooseItems() {}

  /** A paragraph that is only a label: a short bold line, or a short line ending with a colon. */
  static Optional<String> label(Paragraph p) {
    if (p.lines().size() != 1) {
      return Optional.empty();
    }
    String md = p.lines().get(0).markdown().strip();
    String text = p.text().strip();
    boolean bold =
        BOLD_LABEL.matcher(md).matches() || BOLD_LABEL_COLON_INSIDE.matcher(md).matches();
    boolean colon = text.endsWith(":") && text.length() <= 60;
    return bold || colon ? Optional.of(text.replaceAll(":$", "").strip()) : Optional.empty();
  }

  /**
   * Lines under a follow-up heading with no list: a block of short lines (or bare links) is one
   * item per line; prose gives one item per committing sentence; a short single line is one item.
   */
  static void fromParagraph(
      Paragraph p, ItemGroup group, ActionItemSpec spec, List<ActionItem> out) {
    List<SourceLine> lines = p.lines();
    boolean shortLines =
        lines.size() > 1
            && lines.stream().allMatch(l -> l.markdown().strip().length() <= 160)
            && lines.stream()
                .skip(1)
                .noneMatch(
                    l -> Character.isLowerCase(firstLetter(l.markdown())) && !isLink(l.markdown()))
            && lines.stream().noneMatch(l -> NOT_AN_ITEM.matcher(l.markdown()).find())
            // a line holding two sentences is prose broken into lines, not a list of items
            && lines.stream().noneMatch(l -> INNER_SENTENCE_END.matcher(l.markdown()).find());
    if (lines.size() == 1 && group.status() != ActionStatus.DONE && proposals(p, group, out)) {
      return; // "It is necessary to monitor X. Restarts must be supervised.": one item each
    }
    if (shortLines
        || (lines.size() == 1
            && p.text().strip().length() <= 200
            && !NOT_AN_ITEM.matcher(p.text()).find())) {
      for (SourceLine line : lines) {
        String text = clean(line.markdown());
        if (!text.isBlank() && !text.endsWith(":") && !NonItems.notAnItem(text)) {
          List<String> fixes =
              group.status() == ActionStatus.DONE
                  ? FixSentences.of(text)
                  : FixSentences.besideRecovery(text);
          ItemGroup made = new ItemGroup(group.type(), ActionStatus.DONE);
          if (fixes.isEmpty()) {
            out.add(line(text, group, true, line));
          } else {
            // "We added an alert on ... The timeout was raised to ...": a fix a sentence
            // at its own column: one item per place
            fixes.forEach(
                f ->
                    out.add(
                        stated(
                            f,
                            made,
                            true,
                            ActionItem.Form.LINE,
                            InlineEntries.at(line.at(), Math.max(0, text.indexOf(f))))));
          }
        }
      }
      return;
    }
    if (group.status() == ActionStatus.DONE && fixSentences(p, group, out)) {
      return; // "We added an alert on ... The runbook was updated ...": a fix a sentence
    }
    Commitments.read(p, group, true, out);
  }

  /**
   * A one-line paragraph of several sentences, two or more of them committing to work or reporting
   * a remediation made ("It is necessary to monitor X. Restarts must be supervised.", "We've added
   * alerts for X. We made the code more robust."): one item per such sentence, at its own column.
   * False (nothing added) otherwise: the line is then read as one item.
   */
  private static boolean proposals(Paragraph p, ItemGroup group, List<ActionItem> out) {
    String text = clean(p.lines().get(0).markdown());
    if (!INNER_SENTENCE_END.matcher(text).find()) {
      return false;
    }
    List<ActionItem> said = new java.util.ArrayList<>();
    Commitments.read(p, group, true, said);
    ItemGroup made = new ItemGroup(group.type(), ActionStatus.DONE);
    for (String sentence : SENTENCES.splitAsStream(text).toList()) {
      if (DoneRemediations.done(sentence)) {
        Location at = InlineEntries.at(p.lines().get(0).at(), Math.max(0, text.indexOf(sentence)));
        said.removeIf(i -> i.at().equals(at)); // a change made, whatever else it says
        said.add(stated(sentence.strip(), made, true, ActionItem.Form.LINE, at));
      }
    }
    if (said.size() < 2) {
      return false;
    }
    said.sort(java.util.Comparator.comparingInt(i -> i.at().column()));
    out.addAll(said);
    return true;
  }

  /**
   * The fixes told sentence by sentence in a paragraph under a fixes-made heading, each at the line
   * it starts on; false when the paragraph tells none.
   */
  private static boolean fixSentences(Paragraph p, ItemGroup group, List<ActionItem> out) {
    List<String> fixes = FixSentences.of(SPACES.matcher(p.text()).replaceAll(" "));
    for (String fix : fixes) {
      String opening = fix.substring(0, Math.min(fix.length(), 24));
      Location at = p.lines().get(0).at();
      for (SourceLine line : p.lines()) {
        int column = SPACES.matcher(clean(line.markdown())).replaceAll(" ").indexOf(opening);
        if (column >= 0) {
          at = InlineEntries.at(line.at(), column); // its own place: one item per place
          break;
        }
      }
      out.add(stated(fix, group, true, ActionItem.Form.LINE, at));
    }
    return !fixes.isEmpty();
  }

  /**
   * A paragraph of numbered entries written on one line or a line each without Markdown's list
   * syntax ("1、增加告警 2、压测", "（1）...", "**Next steps:** (1) Document (2) Remove"): one item per
   * entry, at the line it starts on. False leaves the paragraph to be read otherwise.
   */
  static boolean numberedLines(Paragraph p, ItemGroup group, List<ActionItem> out) {
    List<SourceLine> lines = p.lines();
    StringBuilder joined = new StringBuilder();
    int[] starts = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      starts[i] = joined.length();
      joined.append(clean(lines.get(i).markdown())).append('\n');
    }
    List<InlineEntries.Entry> entries = InlineEntries.found(joined.toString(), 1, 2);
    for (InlineEntries.Entry e : entries) {
      int i = lines.size() - 1;
      while (i > 0 && starts[i] > e.offset()) {
        i--;
      }
      Location at = InlineEntries.at(lines.get(i).at(), e.offset() - starts[i]);
      out.add(
          stated(SPACES.matcher(e.text()).replaceAll(" "), group, true, ActionItem.Form.LINE, at));
    }
    return !entries.isEmpty();
  }

  /** An item read from a line, one per entry when the line numbers several. */
  private static void addLine(List<ActionItem> out, ActionItem item) {
    out.addAll(InlineEntries.split(item, 1, 2));
  }

  /**
   * Committing sentences of a paragraph: loosely worded under a follow-up heading, strictly
   * elsewhere.
   */
  static void commitments(Paragraph p, ItemGroup group, boolean followUp, List<ActionItem> out) {
    Commitments.read(p, group, followUp, out);
  }

  private static ActionItem line(String text, ItemGroup group, boolean list, SourceLine line) {
    return stated(text, group, list, ActionItem.Form.LINE, line.at());
  }

  /** An item whose text may open with a state word: "TODO: text", "DOING text". */
  private static ActionItem stated(
      String text, ItemGroup group, boolean list, ActionItem.Form form, Location at) {
    Matcher state = STATE_LINE.matcher(text);
    Optional<ActionStatus> stated = state.matches() ? stateWord(state.group(1)) : Optional.empty();
    String action = state.matches() && !state.group(2).isBlank() ? state.group(2) : text;
    ActionStatus status =
        stated
            .or(() -> ItemStatus.of(text))
            .or(() -> Optional.ofNullable(group.status()))
            .or(() -> list ? ItemStatus.tense(action) : Optional.empty())
            .orElse(ActionStatus.OPEN);
    return ActionItemExtractor.item(form, action, group.type(), status, List.of(), at);
  }

  /** What a state word marking a line says: TODO open, DONE done, DOING / WIP in progress. */
  static Optional<ActionStatus> stateWord(String word) {
    return Optional.of(
        switch (word) {
          case "TODO" -> ActionStatus.OPEN;
          case "DONE" -> ActionStatus.DONE;
          default -> ActionStatus.IN_PROGRESS;
        });
  }

  /** A line that is only a link: an issue or pull request standing for its item. */
  private static boolean isLink(String markdown) {
    return LINK_LINE.matcher(markdown.strip()).matches();
  }

  private static final Pattern READER = Pattern.compile("(?i)\\b(?:you|your)\\b");

  /** Text that speaks to the reader ("things you can do"): advice, not the organisation's work. */
  static boolean addressesReader(String text) {
    return READER.matcher(text).find();
  }

  /**
   * Items outside follow-up sections (and timelines, which {@code skip} names); {@code prose} is
   * false under lessons, what went well and advice to readers, whose sentences commit to nothing.
   */
  static void outside(
      Section section,
      Predicate<Section> skip,
      boolean prose,
      ActionItemSpec spec,
      List<ActionItem> out,
      List<ActionItem> said) {
    List<Block> blocks = section.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (block instanceof Table written
          && TableItems.isActionTable(TableItems.asRead(written, spec), spec, false)) {
        TableItems.read(TableItems.asRead(written, spec), ItemGroup.NONE, spec, out);
      } else if (block instanceof ListBlock list) {
        if (fromList(list.items(), next, prose, spec, out, said)) {
          i++;
        }
      } else if (block instanceof Paragraph p && !p.quoted() && PipeRows.of(p).isPresent()) {
        PipeRows.of(p)
            .filter(t -> TableItems.isActionTable(t, spec, false))
            .ifPresent(t -> TableItems.read(t, ItemGroup.NONE, spec, out));
      } else if (block instanceof Paragraph p && !p.quoted() && !StatusUpdates.posted(p)) {
        // a status-page update ("**Monitoring** - ...") is a timeline entry, not a commitment
        if (fromLabelParagraph(p, next, spec, out)) {
          i++;
        } else if (prose) {
          Commitments.read(p, ItemGroup.NONE, false, said);
        }
      }
    }
    for (Section child : section.children()) {
      if (!skip.test(child)) {
        // The document's title names the incident ("Lessons from the May outage"), not a section.
        boolean reflection =
            child.heading().level() > 1 && FollowUps.namesReflection(child.heading().text());
        outside(child, skip, prose && !reflection, spec, out, said);
      }
    }
  }

  /**
   * Task items, and what a follow-up list label holds; true when the label took the next block's
   * list.
   */
  private static boolean fromList(
      List<ListItem> items,
      Block next,
      boolean prose,
      ActionItemSpec spec,
      List<ActionItem> out,
      List<ActionItem> said) {
    boolean tookNext = false;
    for (ListItem item : items) {
      String text = item.text().strip();
      Matcher inline = INLINE_LABEL.matcher(text);
      if (isLabel(text)) {
        if (!item.children().isEmpty()) {
          item.children().forEach(c -> ListEntries.read(c, ItemGroup.NONE, spec, out, true));
        } else if (next instanceof ListBlock list && isLast(items, item)) {
          list.items().forEach(c -> ListEntries.read(c, ItemGroup.NONE, spec, out, true));
          tookNext = true;
        }
      } else if (item.task() == ListItem.TaskState.NONE
          && STATE_MARK.matcher(item.markdown()).find()) {
        // "- **DONE**: Pinned the image", "- **TODO:** Add a dry-run mode": marked as tracked work
        out.add(
            stated(
                clean(item.markdown()), ItemGroup.NONE, false, ActionItem.Form.BULLET, item.at()));
      } else if (inline.matches() && inlineLabel(inline.group(1))) {
        out.add(
            ActionItemExtractor.item(
                ActionItem.Form.BULLET,
                inline.group(2).strip(),
                null,
                ItemStatus.of(text + childText(item)).orElse(ActionStatus.OPEN),
                item.links(),
                item.at()));
      } else if (item.task() != ListItem.TaskState.NONE || Tasks.malformed(item)) {
        ListEntries.read(item, ItemGroup.NONE, spec, out, false);
      } else if (prose && Commitments.commits(text, false)) {
        said.add(
            ActionItemExtractor.item(
                ActionItem.Form.BULLET,
                text,
                null,
                ItemStatus.of(text).orElse(ActionStatus.OPEN),
                item.links(),
                item.at()));
      } else {
        fromList(item.children(), null, prose, spec, out, said);
      }
    }
    return tookNext;
  }

  private static String childText(ListItem item) {
    StringBuilder s = new StringBuilder();
    item.children().forEach(c -> s.append(' ').append(c.text()));
    return s.toString();
  }

  /**
   * A label paragraph ("**Actions planned:**", "Action items"), its lines and the list after it.
   */
  private static boolean fromLabelParagraph(
      Paragraph p, Block next, ActionItemSpec spec, List<ActionItem> out) {
    List<SourceLine> lines = p.lines();
    Optional<String> stillToDo = StatusLabels.openWork(p);
    if (stillToDo.isPresent()) {
      out.add(
          ActionItemExtractor.item(
              ActionItem.Form.LINE,
              stillToDo.get(),
              null,
              ActionStatus.OPEN,
              List.of(),
              lines.get(0).at()));
      return false;
    }
    String first = clean(lines.get(0).markdown());
    if (isLabel(first)) {
      // "**Fix:**" in the story of the incident: what ended it, told in the past, is not an item;
      // a fix still to make, or a linked pull request, is
      List<ActionItem> entries = new java.util.ArrayList<>();
      for (SourceLine line : lines.subList(1, lines.size())) {
        String text = clean(line.markdown());
        if (!text.isBlank()) {
          addLine(entries, line(text, ItemGroup.NONE, true, line));
        }
      }
      if (next instanceof ListBlock list) {
        list.items().forEach(c -> ListEntries.read(c, ItemGroup.NONE, spec, entries, true));
      }
      boolean incidentFix = LastingFixes.namesIncidentFix(first);
      entries.stream()
          .filter(
              e ->
                  !incidentFix
                      || !e.links().isEmpty()
                      || !NonItems.takenDuringIncident(e.action().orElse("")))
          .forEach(out::add);
      return next instanceof ListBlock;
    }
    Optional<ActionStatus> introduced =
        next instanceof ListBlock ? ActionIntros.status(p.text()) : Optional.empty();
    if (introduced.isPresent()) {
      // "... is being enhanced with two strategic actions:": the entries are the work, in the
      // sentence's status unless one says its own; a recovery step listed with them is not work
      List<ActionItem> entries = new java.util.ArrayList<>();
      ItemGroup group = new ItemGroup(null, introduced.get());
      ((ListBlock) next).items().forEach(c -> ListEntries.read(c, group, spec, entries, true));
      entries.stream().filter(e -> !NonItems.recovery(e.action().orElse(""))).forEach(out::add);
      return true;
    }
    for (SourceLine line : lines) {
      String text = clean(line.markdown());
      Matcher state = STATE_LINE.matcher(text);
      Matcher inline = INLINE_LABEL.matcher(text);
      if (state.matches()
          && !state.group(2).isBlank()
          && STATE_MARK.matcher(line.markdown()).find()) {
        out.add(line(text, ItemGroup.NONE, false, line));
      } else if (inline.matches() && inlineLabel(inline.group(1))) {
        addLine(out, line(inline.group(2), ItemGroup.NONE, false, line));
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
    // "After remediation, the following signals were observed:" introduces checks, not work
    // "Anyhow, back to the action!" ends a sentence: a label introduces, it does not exclaim
    // The word count before the meaning: it is cheap, and most lines are longer than a label.
    return t.length() <= 60
        && (t.endsWith(":") || SPACES.split(t).length <= 5)
        && !ENDS_SENTENCE.matcher(t).matches()
        && (FollowUps.names(t) || LastingFixes.names(t))
        && !FollowUps.namesAside(t);
  }

  private static String clean(String markdown) {
    // Most lines hold no markup: four character searches cost less than the pattern's scan.
    String unmarked = mayHoldMarkup(markdown) ? MARKUP.matcher(markdown).replaceAll("") : markdown;
    String t = BULLET.matcher(unmarked).replaceFirst("").strip();
    return ANGLED_URL.matcher(t).replaceAll("$1");
  }

  /** False only when {@link #MARKUP} cannot match: none of its characters is there. */
  private static boolean mayHoldMarkup(String text) {
    return text.indexOf('*') >= 0
        || text.indexOf('_') >= 0
        || text.indexOf('`') >= 0
        || text.indexOf('~') >= 0;
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }

  /** Whether {@code item} is the last of {@code items}: that very node, not an equal one. */
  @SuppressWarnings("ReferenceEquality") // list items are nodes of one document; identity is meant
  private static boolean isLast(List<ListItem> items, ListItem item) {
    return item == items.get(items.size() - 1);
  }
}
