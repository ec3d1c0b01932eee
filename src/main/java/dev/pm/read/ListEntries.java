package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.model.ListItem;
import dev.pm.schema.ActionItemSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a list, read as a person reads it: an item with its notes, a label whose sub-bullets
 * are the items ("In progress:"), a theme over actions ("- Improve probe coverage" over what will
 * be done), a checkbox, a struck-through or labelled entry. Where the list stands (a follow-up
 * section, a label elsewhere) is the caller's business; this is what one entry holds.
 */
final class ListEntries {

  private ListEntries() {}

  private static final Pattern LABEL_ITEM = Pattern.compile("^(.{1,60}?)\\s*:\\s*$");

  static void read(
      ListItem item,
      ItemGroup group,
      ActionItemSpec spec,
      List<ActionItem> out,
      boolean followUpList) {
    if (item.task() == ListItem.TaskState.NONE && NonItems.notAnItem(item.text())) {
      return; // advice to others, hindsight, a standing rule, a timeline entry: not our work
    }
    if (!item.children().isEmpty() && Alternatives.introduces(item.text())) {
      out.add(fromText(item, group, spec, followUpList)); // its sub-bullets are options, not items
      return;
    }
    Matcher label = LABEL_ITEM.matcher(item.text());
    boolean isLabel = !item.children().isEmpty() && (label.matches() || item.text().isBlank());
    if (isLabel && label.matches() && FollowUps.namesAside(label.group(1))) {
      return; // "Findings from the review:": what was learnt, not work to do
    }
    if (isLabel
        && label.matches()
        && (isDoneSentence(label.group(1))
            || SpecNotes.describeParent(label.group(1), item.children(), spec.statuses()))) {
      // "Documented the rules:" over the rules, "Configure a jump server, allowing:" over "Simple
      // SSH access": one item, its sub-bullets what it wrote down or will give
      out.add(fromText(item, group, spec, followUpList));
      return;
    }
    if (isLabel) {
      ItemGroup inner = label.matches() ? group.label(label.group(1), spec.statuses()) : group;
      for (ListItem child : item.children()) {
        read(child, inner, spec, out, followUpList);
      }
      return;
    }
    Optional<String> lead =
        item.task() == ListItem.TaskState.NONE
            ? Categories.boldLead(item.markdown(), item.children())
                .filter(t -> ItemGroup.statusOf(t, spec.statuses()).isEmpty())
            : Optional.empty();
    if (lead.isPresent()) {
      // "**Monitoring**: our alerts missed it" over "- Alert on chain expiry": the lead is the
      // category of the actions below; the rest of the line is why they are needed
      for (ListItem child : item.children()) {
        read(child, new ItemGroup(lead.get(), group.status()), spec, out, followUpList);
      }
      return;
    }
    if (isTheme(item)) {
      // "- Improve probe coverage" over "- Reach out to teams", "- Create a dashboard": the
      // sub-bullets are the actions someone will do and track; the parent only names their aim.
      for (ListItem child : item.children()) {
        read(child, new ItemGroup(item.text().trim(), group.status()), spec, out, followUpList);
      }
      return;
    }
    if (item.text().isBlank()
        || (Tasks.malformed(item) && Tasks.withoutBox(item.text()).isBlank())) {
      return; // an empty bullet or task is unfilled template text, not an action item (PM504
      // reports it)
    }
    Optional<StatusLabels.Stated> labelled = StatusLabels.stated(item.markdown(), item.at());
    if (item.task() == ListItem.TaskState.NONE && labelled.isPresent()) { // "- **Feito:** ..."
      StatusLabels.Stated s = labelled.get();
      out.add(
          ActionItemExtractor.item(
              ActionItem.Form.BULLET, s.text(), group.type(), s.status(), item.links(), s.at()));
      return;
    }
    out.add(fromText(item, group, spec, followUpList));
  }

  /**
   * "Documented the rules for scheduling jobs:" over the rules: a fix made, its sub-bullets what it
   * wrote down.
   */
  private static boolean isDoneSentence(String label) {
    return label.strip().split("\\s+").length >= 3
        && !FollowUps.names(label)
        && ItemStatus.pastTense(label);
  }

  /**
   * A plain bullet whose sub-bullets are actions of their own. Not a theme: a task (its sub-bullets
   * are notes on it), a bullet that names an owner or a due date (it is the tracked item), or one
   * with a single sub-bullet: in the corpus that is a note ("See <link>", "This has been done").
   */
  private static boolean isTheme(ListItem item) {
    if (!item.children().isEmpty()
        && item.task() == ListItem.TaskState.NONE
        && (Categories.names(item.text()) || Categories.heads(item.text(), item.children()))
        && ItemStatus.of(item.text()).isEmpty()) {
      // "2. Process" over one fix, "1. **Bug bounty**" over "We will establish a programme": a
      // category however many entries it holds
      return true;
    }
    if (item.children().size() < 2
        || item.task() != ListItem.TaskState.NONE
        || struckThrough(item)
        || Tasks.malformed(item)) {
      return false;
    }
    if (ActionItemExtractor.BOLD_TITLE.matcher(item.markdown()).find()
        && item.text().strip().split("\\s+").length >= 3) {
      return false; // "1. **Make nightly jobs idempotent**" over its steps: one item, the steps are
      // notes
    }
    if (DescriptiveNotes.describe(item, item.children())) {
      return false; // "Automate renewal" over "The relay uses ...", "Renewal currently runs ...":
      // notes
    }
    if (item.children().stream().anyMatch(c -> NOTE.matcher(c.text()).find())) {
      return false; // "- Note: ...", "- See <link>", "- Status: in progress": notes on the item
    }
    String text = item.text();
    return Owners.find(text).isEmpty() && !Owners.DUE.matcher(text).find();
  }

  /** A sub-bullet that annotates its parent: a note, context, a reference, a status or owner. */
  private static final Pattern NOTE =
      Pattern.compile(
          "(?i)^\\W*(?:(?:notes?|context|background|details?|updates?|status|owners?|due|reasons?|why|comments?)\\s*:"
              + "|see\\b|refs?\\b|references?\\b|links?\\s*:|tickets?\\s*:|https?://\\S+$)");

  private static ActionItem fromText(
      ListItem item, ItemGroup group, ActionItemSpec spec, boolean followUpList) {
    String text = Tasks.malformed(item) ? Tasks.withoutBox(item.text()) : item.text().trim();
    StringBuilder notes = new StringBuilder();
    item.children().forEach(c -> notes.append(' ').append(c.text()));
    ActionStatus status;
    ActionItem.Form form;
    if (item.task() != ListItem.TaskState.NONE || Tasks.malformed(item)) {
      form = ActionItem.Form.TASK;
      status =
          item.task() == ListItem.TaskState.DONE
              ? ActionStatus.DONE
              : ItemStatus.of(text).filter(s -> s != ActionStatus.DONE).orElse(ActionStatus.OPEN);
    } else {
      form = ActionItem.Form.BULLET;
      status =
          struckThrough(item)
              ? ActionStatus.DONE
              : ItemStatus.of(text)
                  .or(() -> ItemStatus.of(notes.toString()))
                  .or(() -> Optional.ofNullable(group.status()).map(s -> doneUnlessFuture(s, text)))
                  .or(() -> followUpList ? ItemStatus.tense(text) : Optional.empty())
                  .orElse(spec.plainBulletStatus());
    }
    // "Cap lock timeouts [Prevention]": a closing tag is the type when no group gives one
    Optional<String> typeTag =
        group.type() == null ? Categories.tag(item.markdown()) : Optional.empty();
    ActionItem read =
        ActionItemExtractor.item(
            form,
            typeTag
                .map(t -> Categories.untagged(text, t))
                .orElse(text)
                .replaceAll("^~~(.*)~~$", "$1"),
            typeTag.orElse(group.type()),
            status,
            item.links(),
            item.at());
    if (read.owner().isEmpty()) {
      // Plain text loses "[SRE]": a tag is read from the item as written.
      Optional<String> tag =
          Owners.find(item.markdown().replace("\\[", "[").replace("\\]", "]"))
              .or(() -> ownerNote(item));
      if (tag.isPresent()) {
        Map<ActionItemField, String> values = new EnumMap<>(ActionItemField.class);
        values.putAll(read.values());
        values.put(ActionItemField.OWNER, tag.get());
        return new ActionItem(
            read.form(),
            values,
            read.fieldAt(),
            read.due(),
            read.status(),
            read.links(),
            read.at());
      }
    }
    return read;
  }

  /** A sub-bullet "Owner: Carol" under an item: it names the owner of the item above it. */
  private static final Pattern OWNER_NOTE =
      Pattern.compile(
          "(?i)^\\W*(?:owners?|assignee|assigned to|dri|responsible|driver)\\s*[:=\uff1a]\\s*\\S");

  private static Optional<String> ownerNote(ListItem item) {
    return item.children().stream()
        .map(ListItem::text)
        .filter(t -> OWNER_NOTE.matcher(t).find())
        .findFirst()
        .flatMap(Owners::find);
  }

  /** A list said to be done ("What we changed") may still hold "X will be removed": open. */
  private static ActionStatus doneUnlessFuture(ActionStatus stated, String text) {
    return stated == ActionStatus.DONE && ItemStatus.future(text) ? ActionStatus.OPEN : stated;
  }

  private static boolean struckThrough(ListItem item) {
    String md = item.markdown();
    return md.startsWith("~~") && md.endsWith("~~") && md.length() > 4;
  }
}
