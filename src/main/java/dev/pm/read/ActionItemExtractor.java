package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.Paragraph;
import dev.pm.model.PostMortem;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.parse.Dates;
import dev.pm.schema.ActionItemSpec;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every action item of a post-mortem, whatever form it is written in: table rows, task-list
 * items, bullets, numbered entries, lines and sub-headings under a follow-up heading or label
 * (named by meaning, see {@link FollowUps}), a table recognised by its columns wherever it stands,
 * task lists anywhere but in a timeline.
 *
 * <p>This is the one extractor: {@code pm lint} checks what it finds and {@code pm stats} counts
 * it, so the two can never disagree about what an action item is.
 */
public final class ActionItemExtractor {

  static final Pattern BOLD_TITLE = Pattern.compile("^(?:\\*\\*|__)[^*_]{3,}(?:\\*\\*|__)");

  /** A sentence introducing a list of work still to come: "We're planning several things to:". */
  private static final Pattern PLANNING_INTRO =
      Pattern.compile(
          "(?i)^[^\\n]{0,200}\\b(?:plan(?:s|ning)?(?: to)?|will|going to|intends? to|next)\\b[^\\n]{0,200}:$");

  /**
   * A timeline, or the status-page updates posted while the incident ran ("Incident updates",
   * "Aktualisierungen"): what was said then, not work to do.
   */
  private static final Pattern TIMELINE =
      Pattern.compile(
          "(?iu)\\b(?:timeline|chronology|sequence of events|log of events)\\b"
              + "|\\b(?:status|incident|status[- ]page) updates\\b|^\\W*updates\\W*$|\\bstatus[- ]?page\\b"
              + "|statusmeldungen|aktualisierungen|mises à jour|actualizaciones|atualizações");

  private ActionItemExtractor() {}

  // The title is one node of this document's tree: it is skipped by identity, not by content.
  @SuppressWarnings("ReferenceEquality")
  public static List<ActionItem> extract(PostMortem doc, ActionItemSpec spec) {
    List<ActionItem> items = new ArrayList<>();
    Set<String> keys = spec.sectionKeys();
    List<Section> followUps = new ArrayList<>();
    // The document's title names the incident, not a section: "Traefik rule preventing traffic".
    Section title =
        doc.sections().stream().filter(s -> s.heading().level() == 1).findFirst().orElse(null);
    List<Section> resolving = new ArrayList<>();
    List<Section> doneLists = new ArrayList<>();
    List<Section> wishes = new ArrayList<>();
    collect(doc.root(), keys, title, false, new Found(followUps, resolving, doneLists, wishes));
    boolean adoptedElsewhere = !followUps.isEmpty();
    if (followUps.isEmpty()) {
      followUps.addAll(wishes); // the findings' list is the only follow-up work the document has
    } else {
      // the document adopts its follow-ups elsewhere: the wishes in the findings are not work
      wishes.forEach(
          w ->
              asideTasks(
                  w, ItemGroup.NONE.heading(w.heading().text(), spec.statuses()), spec, items));
    }
    for (Section section : doneLists) {
      // "Results": the fixes made are done items; recovery steps and states reached are not.
      // "Actions taken" says less still: only a step that left a lasting change is a fix.
      boolean taken = FollowUps.namesStepsTaken(section.heading().text());
      // "## Mitigation" alone says nothing of its entries' status: their tense does
      boolean story =
          section.heading().level() > 0 && FollowUps.namesBareMitigation(section.heading().text());
      fromSectionKeeping(
          section,
          taken && !story ? new ItemGroup(null, ActionStatus.DONE) : ItemGroup.NONE,
          spec,
          i ->
              i.status() == ActionStatus.DONE
                  && !NonItems.recovery(i.action().orElse(""))
                  && (!taken || LastingChanges.lasting(i.action().orElse("")))
                  && (!story || i.form() != ActionItem.Form.LINE),
          items);
    }
    for (Section section : resolving) {
      // "Resolving actions": the steps taken then are not items, the work still to do is; under
      // a "**Fix:**" label in the story, a linked pull request is tracked work too
      boolean fixLabel = LastingFixes.namesIncidentFixLabel(section.heading());
      fromSectionKeeping(
          section,
          ItemGroup.NONE,
          spec,
          i ->
              !NonItems.takenDuringIncident(i.action().orElse(""))
                  || (fixLabel && !i.links().isEmpty()),
          items);
    }
    for (Section section : followUps) {
      if (FollowUps.namesFixesMade(section.heading().text())) {
        // "What we changed": every entry is a fix made, but a recovery step listed with them
        // ("Re-ran the backups by hand") is not one
        fromSectionKeeping(
            section,
            new ItemGroup(null, ActionStatus.DONE),
            spec,
            i -> !NonItems.recovery(i.action().orElse("")),
            items);
      } else if (RequiredChanges.concludes(section.heading().text())) {
        // "Lessons and next steps": the lessons stated for everyone ("Teams must test upgrades
        // first") stand among the work and are not items
        fromSectionKeeping(
            section,
            ItemGroup.NONE,
            spec,
            i -> !GeneralObligations.states(i.action().orElse("")),
            items);
      } else {
        fromSection(section, ItemGroup.NONE, spec, items);
      }
    }
    List<ActionItem> said = new ArrayList<>();
    Set<Section> posts = StatusUpdates.posts(doc.root());
    Predicate<Section> readElsewhere =
        s ->
            (s != title && isFollowUp(s, keys))
                || resolving.contains(s)
                || doneLists.contains(s)
                || TIMELINE.matcher(s.heading().text()).find()
                || posts.contains(s);
    int beforeOutside = items.size();
    LooseItems.outside(doc.root(), readElsewhere, true, spec, items, said);
    if (adoptedElsewhere) {
      // "Improvements:" over a list under "What went wrong": wishes, unless ticked as tasks
      Set<Integer> wished = WishLists.labelled(doc.root(), title, readElsewhere);
      List<ActionItem> outside = items.subList(beforeOutside, items.size());
      outside.removeIf(i -> i.form() != ActionItem.Form.TASK && wished.contains(i.at().line()));
    }
    List<ActionItem> required = new ArrayList<>();
    for (Section section : doc.sections()) {
      if (section != title
          && RequiredChanges.concludes(section.heading().text())
          && !isFollowUp(section, keys)) {
        RequiredChanges.read(section, required); // "The runbook needs to be updated."
      }
    }
    for (Section section : doc.sections()) {
      if (section != title && ResolutionFixes.names(section.heading().text())) {
        ResolutionFixes.read(section, said); // "Log rotation has since been configured"
      }
    }
    // "We're carrying out maintenance ... to reduce the likelihood ..." in a status-page update
    PostedCommitments.read(doc.root(), said);
    // "Fix: validate the header before parsing (#412)" under each of several bugs: the fixes made,
    // read over whatever took the same line for a link under a story's fix label
    List<ActionItem> bugFixes =
        BugFixLabels.read(
            doc.root(),
            s ->
                (s != title && isFollowUp(s, keys))
                    || TIMELINE.matcher(s.heading().text()).find()
                    || posts.contains(s));
    Predicate<ActionItem> fixedLine =
        i -> bugFixes.stream().anyMatch(f -> f.at().line() == i.at().line());
    items.removeIf(fixedLine);
    said.removeIf(fixedLine);
    said.addAll(bugFixes);
    // A lesson that a follow-up list turns into an item ("The smoke test procedure should be
    // automated" over "Automate the staging smoke tests") is that item.
    List<ActionItem> inLists = List.copyOf(items);
    required.stream()
        .filter(r -> inLists.stream().noneMatch(i -> Restatements.sameStems(r, i)))
        .forEach(said::add);
    // A commitment in the analysis that a follow-up list restates ("We need alerts when builds
    // fail"
    // over "- Add alerts when most builds are failing") is that one item.
    List<ActionItem> listed = List.copyOf(items);
    said.stream()
        .filter(c -> listed.stream().noneMatch(i -> Restatements.same(c, i)))
        .forEach(items::add);
    int[] headings = doc.sections().stream().mapToInt(s -> s.heading().at().line()).toArray();
    return RepeatedItems.merged(StatusRecaps.folded(items), at -> sectionAt(headings, at));
  }

  /** How many headings stand at or before a place: which section, in document order, holds it. */
  private static int sectionAt(int[] headingLines, Location at) {
    int found = java.util.Arrays.binarySearch(headingLines, at.line());
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The items of a section that pass {@code keep}: the rest are steps or states, not work. */
  private static void fromSectionKeeping(
      Section section,
      ItemGroup group,
      ActionItemSpec spec,
      Predicate<ActionItem> keep,
      List<ActionItem> out) {
    List<ActionItem> read = new ArrayList<>();
    fromSection(section, group, spec, read);
    read.stream().filter(keep).forEach(out::add);
  }

  /** Outermost sections whose heading names follow-up work (the schema's names, or by meaning). */
  @SuppressWarnings("ReferenceEquality") // the title node, by identity (see extract)
  private static void collect(
      Section section, Set<String> keys, Section title, boolean inFindings, Found found) {
    List<Section> children = section.children();
    List<Section> resolving = found.resolving();
    List<Section> doneLists = found.doneLists();
    for (int i = 0; i < children.size(); i++) {
      Section child = children.get(i);
      if (LastingFixes.namesIncidentFixLabel(child.heading())) {
        resolving.add(child); // "**Fix:**" in the story of the incident: what ended it
      } else if (child != title && isFollowUp(child, keys)) {
        (inFindings && !WishLists.adopts(child.heading().text())
                ? found.wishes()
                : found.followUps())
            .add(child);
      } else if (child != title && FollowUps.namesResolvingWork(child.heading().text())) {
        resolving.add(child);
      } else if (child != title
          && FollowUps.namesDoneList(child.heading().text())
          && !(child.heading().level() == 0
              && FollowUps.namesBareMitigation(child.heading().text()))) {
        // ("**Mitigation:**" as a label is what ended the incident, the partner of a lasting fix)
        doneLists.add(child);
      } else if (child == title
          || i == children.size() - 1
          || !TIMELINE.matcher(child.heading().text()).find()) {
        // "### Follow-up" inside a timeline that a heading of its level closes is what happened
        // next, not work to do. A timeline running to the end of the document may hold the rest
        // of it under smaller headings ("## Timeline", then "### Future actions"): read those.
        collect(
            child,
            keys,
            title,
            inFindings || (child != title && WishLists.findings(child.heading().text())),
            found);
      }
    }
  }

  /**
   * The sections {@link #collect} sorts a document's into: follow-ups, what resolved the incident,
   * lists of what was done, and follow-up-sounding lists inside the findings.
   */
  private record Found(
      List<Section> followUps,
      List<Section> resolving,
      List<Section> doneLists,
      List<Section> wishes) {}

  static boolean isFollowUp(Section section, Set<String> keys) {
    return !section.isRoot()
        && (HeadingNormalizer.matches(section.heading().key(), keys)
            || FollowUps.names(section.heading().text())
            || LastingFixes.namesLabel(section.heading()));
  }

  /**
   * Items of a follow-up section and its sub-sections. A sub-section's title is the type of its
   * items, and a status it states ("(Completed)") theirs; so does a group label ("In progress:").
   */
  static void fromSection(
      Section section, ItemGroup parent, ActionItemSpec spec, List<ActionItem> out) {
    List<Block> blocks = section.blocks();
    boolean structured =
        blocks.stream().anyMatch(b -> b instanceof ListBlock || b instanceof Table);
    ItemGroup group = parent;
    boolean aside = false;
    boolean notesNext = false;
    Block before = null;
    int at = 0;
    for (Block block : blocks) {
      Block next = ++at < blocks.size() ? blocks.get(at) : null;
      boolean notes = notesNext;
      notesNext = block instanceof ListBlock list && endsWithBareTitle(list);
      Block previous = before;
      before = block;
      if (notes && block instanceof ListBlock list && !list.ordered()) {
        continue; // "1. **Migration to a new table**", then "- Copy the rows": notes on that item
      }
      if (block instanceof ListBlock
          && previous instanceof Paragraph intro
          && !intro.quoted()
          && Alternatives.introduces(intro.text())) {
        continue; // the options of the item above, of which one will be done
      }
      if (block instanceof Paragraph p && !p.quoted() && Alternatives.introduces(p.text())) {
        ActionStatus stated = group.status();
        ActionStatus status =
            ItemStatus.of(p.text()).or(() -> Optional.ofNullable(stated)).orElse(ActionStatus.OPEN);
        String text = p.text().strip().replace('\n', ' ');
        out.add(item(ActionItem.Form.LINE, text, group.type(), status, List.of(), p.at()));
        continue; // "We will make the export resumable, choosing one of:": one item
      }
      if (block instanceof ListBlock list
          && previous instanceof Paragraph intro
          && DetailLists.details(intro, list)) {
        continue; // the names or clauses of the sentence above, not items
      }
      if (block instanceof Table written
          && TableItems.isActionTable(TableItems.asRead(written, spec), spec, true)) {
        TableItems.read(TableItems.asRead(written, spec), group, spec, out);
      } else if (block instanceof ListBlock list) {
        int first = out.size();
        for (int n = 0; n < list.items().size(); n++) {
          ListItem item = list.items().get(n);
          if (!aside || item.task() != ListItem.TaskState.NONE) {
            int count = out.size();
            ListEntries.read(item, group, spec, out, true); // a checkbox is tracked work wherever
            if (out.size() == count + 1) {
              // "1. Add an alert 2. Review the config": the list numbered the first entry only
              // one entry numbered on by itself ("... 2. Put ...") only when the list is that one
              // item; beside other numbered items, a run needs two numbers to be one
              out.addAll(
                  InlineEntries.split(
                      out.remove(count),
                      list.ordered() ? n + 2 : 1,
                      list.ordered() && list.items().size() == 1 ? 1 : 2));
            }
          }
        }
        if (group.status() == null) {
          ActivityGerunds.settle(list, out.subList(first, out.size()));
        }
      } else if (block instanceof Paragraph p && !p.quoted() && PipeRows.of(p).isPresent()) {
        Table rows = PipeRows.of(p).get();
        if (TableItems.isActionTable(rows, spec, true)) {
          TableItems.read(rows, group, spec, out);
        }
      } else if (block instanceof Paragraph p && !p.quoted() && fieldLines(p, group, spec, out)) {
        aside = false;
      } else if (block instanceof Paragraph p
          && !p.quoted()
          && LooseItems.numberedLines(p, group, out)) {
        aside = false;
      } else if (block instanceof Paragraph p && !p.quoted() && statedWork(p, group, out)) {
        aside = false;
      } else if (block instanceof Paragraph p && !p.quoted()) {
        // "Here are a few things you can do:", "Findings:": advice or notes, not follow-up work.
        Optional<String> label = LooseItems.label(p).or(() -> Categories.overList(p, next));
        aside =
            LooseItems.addressesReader(p.text())
                || Instructions.addressed(p.text())
                || label.filter(FollowUps::namesAside).isPresent();
        if (label.isPresent()) {
          group = parent.label(label.get(), spec.statuses());
        } else if (structured && PLANNING_INTRO.matcher(p.text().strip()).matches()) {
          // "We're currently planning several things to improve ...:" over a list: what follows
          // is still to do, "Improved integration tests" included
          group = new ItemGroup(parent.type(), ActionStatus.OPEN);
        } else if (!structured) {
          LooseItems.fromParagraph(p, group, spec, out);
        } else {
          LooseItems.commitments(p, group, false, out);
        }
      }
    }
    for (Section child : section.children()) {
      if (FollowUps.namesAside(child.heading().text())) {
        // "What went well", "Steps taken", "Verification" under a follow-up heading: not follow-up
        // work, but a checkbox in it is tracked as one
        asideTasks(child, parent.heading(child.heading().text(), spec.statuses()), spec, out);
      } else if (ItemHeadings.isItemHeading(child)) {
        ItemHeadings.fromHeading(child, parent, spec, out);
      } else {
        fromSection(child, parent.heading(child.heading().text(), spec.statuses()), spec, out);
      }
    }
  }

  /**
   * A paragraph of a follow-up section that is one item by how it is marked: a status label ("**Not
   * fixed** — ...") or a closing parenthesis saying what became of it ("(fixed by ...)").
   */
  private static boolean statedWork(Paragraph p, ItemGroup group, List<ActionItem> out) {
    List<StatusLabels.Stated> stated = StatusLabels.stated(p); // "**Erledigt:** ...", "**TODO**:"
    stated.forEach(
        s ->
            out.add(
                item(ActionItem.Form.LINE, s.text(), group.type(), s.status(), List.of(), s.at())));
    if (!stated.isEmpty()) {
      return true;
    }
    Optional<String> labelled = StatusLabels.openWork(p);
    Optional<ActionStatus> disposed = Dispositions.of(p);
    if (labelled.isEmpty() && disposed.isEmpty()) {
      return false;
    }
    out.add(
        item(
            ActionItem.Form.LINE,
            labelled.orElse(p.text().strip().replace('\n', ' ')),
            group.type(),
            labelled.isPresent() ? ActionStatus.OPEN : disposed.get(),
            List.of(),
            p.lines().get(0).at()));
    return true;
  }

  /** "Action: ...", "Owner: ...", "Due: ..." on lines of their own: one item, its fields named. */
  private static boolean fieldLines(
      Paragraph p, ItemGroup group, ActionItemSpec spec, List<ActionItem> out) {
    Optional<Table> item = FieldLines.of(p.lines()).flatMap(t -> TurnedTables.turned(t, spec));
    item.ifPresent(t -> TableItems.read(t, group, spec, out));
    return item.isPresent();
  }

  /** The task-list items of a section that holds no follow-up work otherwise. */
  private static void asideTasks(
      Section section, ItemGroup group, ActionItemSpec spec, List<ActionItem> out) {
    for (Block block : section.blocks()) {
      if (block instanceof ListBlock list) {
        list.items().stream()
            .filter(i -> i.task() != ListItem.TaskState.NONE)
            .forEach(i -> ListEntries.read(i, group, spec, out, true));
      }
    }
    for (Section child : section.children()) {
      asideTasks(child, group.heading(child.heading().text(), spec.statuses()), spec, out);
    }
  }

  /**
   * A numbered list whose last entry is a bold title with nothing under it: a bullet list right
   * after it, at the same level, is that entry's details. Markdown parses it as a list of its own;
   * a person reads it as notes.
   */
  private static boolean endsWithBareTitle(ListBlock list) {
    if (!list.ordered() || list.items().isEmpty()) {
      return false;
    }
    ListItem last = list.items().get(list.items().size() - 1);
    return last.children().isEmpty() && BOLD_TITLE.matcher(last.markdown()).find();
  }

  /** An item from free text: owner, due date and type read from the text. */
  static ActionItem item(
      ActionItem.Form form,
      String text,
      String category,
      ActionStatus status,
      List<String> links,
      Location at) {
    Map<ActionItemField, String> values = new EnumMap<>(ActionItemField.class);
    values.put(ActionItemField.ACTION, Owners.withoutAnnotations(text));
    Owners.find(text).ifPresent(o -> values.put(ActionItemField.OWNER, o));
    Matcher due = Owners.DUE.matcher(text);
    if (due.find()) {
      values.put(ActionItemField.DUE, due.group(1));
    }
    if (category != null && !category.isBlank()) {
      values.put(ActionItemField.TYPE, category);
    }
    Optional<java.time.LocalDate> dueDate =
        Dates.parse(values.getOrDefault(ActionItemField.DUE, ""));
    return new ActionItem(form, values, Map.of(), dueDate, status, dedupe(links), at);
  }

  static List<String> dedupe(List<String> links) {
    return List.copyOf(new LinkedHashSet<>(links));
  }
}
