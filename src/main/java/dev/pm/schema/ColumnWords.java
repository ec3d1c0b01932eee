package dev.pm.schema;

import dev.pm.model.ActionItemField;
import dev.pm.text.BoundedMemo;
import dev.pm.yaml.YamlEntry;
import dev.pm.yaml.YamlObject;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an action-item table's header means when it is none of the schema's column names: the words
 * a header holds ({@code actionItems.columnWords}, "Remediation owner (DRI)" holds "owner"), the
 * words of a notes column that may carry the status ({@code notesWords}), and the words that keep a
 * header from being the action column ({@code notActionWords}: "Action status" is the status).
 *
 * <p>Why it is schema data: the names and these words are one vocabulary, declared once in the
 * built-in {@code default-schema.yaml}; a repository whose tables say "Remedy" adds the word in its
 * schema instead of waiting for a release.
 *
 * <p>A word matches whole words of the lower-cased header, with a plural ending ({@code s}, {@code
 * es}) and with a space written as a space, a hyphen or nothing ("follow up" matches "Follow-ups"
 * and "followup"). Patterns are compiled once, here, on first use: every built-in template's schema
 * is loaded to choose the best match for a file without {@code template:}, but only the chosen one
 * (often only the defaults) ever reads a table header, and compiling six sets of word patterns was
 * a tenth of a one-file lint's schema set-up (JFR samples).
 */
public final class ColumnWords {

  private final Map<ActionItemField, List<String>> fields;
  private final List<String> notes;
  private final List<String> notAction;

  /** The compiled patterns, made by the first thread that asks; a race compiles them twice. */
  private volatile Patterns patterns;

  private record Patterns(Map<ActionItemField, Pattern> fields, Pattern notes, Pattern notAction) {}

  /** The fields a header means, remembered: the same headers are asked about for every field. */
  private final BoundedMemo<String, Set<ActionItemField>> meanings =
      new BoundedMemo<>(4096, this::fieldsMeant);

  public ColumnWords(
      Map<ActionItemField, List<String>> fields, List<String> notes, List<String> notAction) {
    EnumMap<ActionItemField, List<String>> copy = new EnumMap<>(ActionItemField.class);
    fields.forEach((field, words) -> copy.put(field, List.copyOf(words)));
    this.fields = Collections.unmodifiableMap(copy);
    this.notes = List.copyOf(notes);
    this.notAction = List.copyOf(notAction);
  }

  private Patterns patterns() {
    Patterns compiled = patterns;
    if (compiled == null) {
      EnumMap<ActionItemField, Pattern> byField = new EnumMap<>(ActionItemField.class);
      fields.forEach((field, words) -> byField.put(field, pattern(words)));
      compiled =
          new Patterns(Collections.unmodifiableMap(byField), pattern(notes), pattern(notAction));
      patterns = compiled;
    }
    return compiled;
  }

  /** The words declared for each field. */
  public Map<ActionItemField, List<String>> fields() {
    return fields;
  }

  public List<String> notes() {
    return notes;
  }

  public List<String> notAction() {
    return notAction;
  }

  /** Whether a lower-cased header holds one of {@code field}'s words. */
  public boolean means(ActionItemField field, String header) {
    return meanings.get(header).contains(field);
  }

  private Set<ActionItemField> fieldsMeant(String header) {
    Set<ActionItemField> meant = EnumSet.noneOf(ActionItemField.class);
    patterns()
        .fields()
        .forEach(
            (field, p) -> {
              if (p.matcher(header).find()) {
                meant.add(field);
              }
            });
    return Collections.unmodifiableSet(meant);
  }

  /** Whether a lower-cased header names a notes or comments column. */
  public boolean isNotes(String header) {
    return patterns().notes().matcher(header).find();
  }

  /** Whether a lower-cased header names something other than the action, whatever else it says. */
  public boolean isNotAction(String header) {
    return patterns().notAction().matcher(header).find();
  }

  /**
   * The words an {@code actionItems} object declares, each key replacing the same key of {@code
   * defaults} and the keys it does not name keeping theirs, as {@code columns} does.
   */
  static ColumnWords read(YamlObject a, ColumnWords defaults, FieldNames names) {
    Map<ActionItemField, List<String>> fields = new EnumMap<>(ActionItemField.class);
    fields.putAll(defaults.fields());
    for (YamlEntry entry : a.entries("columnWords").values()) {
      fields.put(names.field(a, entry), a.stringsOf(entry));
    }
    return new ColumnWords(
        fields,
        a.has("notesWords") ? a.strings("notesWords") : defaults.notes(),
        a.has("notActionWords") ? a.strings("notActionWords") : defaults.notAction());
  }

  /** How the loader turns a key into a field, with its error message for an unknown one. */
  interface FieldNames {
    ActionItemField field(YamlObject a, YamlEntry entry);
  }

  /** A pattern that matches nothing when there are no words. */
  private static Pattern pattern(List<String> words) {
    if (words.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    String alternatives =
        words.stream()
            .map(w -> w.strip().toLowerCase(java.util.Locale.ROOT))
            .filter(w -> !w.isEmpty())
            .map(ColumnWords::alternative)
            .collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  private static String alternative(String word) {
    // Limit 0 on purpose: a trailing space or dash gives no empty last token.
    String[] tokens = word.split("[\\s-]+", 0);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0) {
        out.append("[\\s-]?");
      }
      out.append(Pattern.quote(tokens[i]));
    }
    return out.append("(?:e?s)?").toString();
  }
}
