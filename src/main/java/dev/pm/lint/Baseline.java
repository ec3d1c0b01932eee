package dev.pm.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pm.io.JsonOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Known findings recorded on a day, so that a team adopting pm fails only on new ones. A finding is
 * matched by file, rule, message and the text of its source line, never by line number: lines
 * inserted above a known problem do not make it new. A finding about the file as a whole, which a
 * rule places on the last line for want of a better one (a section missing at the end), has no
 * source line: it is matched by file, rule and message, so appending to the file leaves it known.
 * Numbers in messages that are line references ("first at line 12") are ignored for the same
 * reason. Each recorded finding excuses one finding.
 */
public final class Baseline {

  /** What identifies a finding across edits. */
  public record Key(String file, String rule, String message, String source) {}

  private static final Pattern LINE_REFERENCE = Pattern.compile("\\b(line) \\d+");

  private final Map<Key, Integer> remaining;

  /** The recorded keys by their key without source text, for the fallback in {@link #excuses}. */
  private final Map<Key, List<Key>> bySourceless = new HashMap<>();

  private Baseline(Map<Key, Integer> counts) {
    this.remaining = counts;
    counts.keySet().stream()
        .sorted(java.util.Comparator.comparing(Key::source))
        .forEach(
            k ->
                bySourceless
                    .computeIfAbsent(
                        new Key(k.file(), k.rule(), k.message(), ""), x -> new ArrayList<>())
                    .add(k));
  }

  public static Baseline empty() {
    return new Baseline(new HashMap<>());
  }

  /** The key of a diagnostic in a file whose text is {@code text}. */
  public static Key key(Diagnostic d, String text) {
    return key(d, new SourceLines(text));
  }

  /**
   * The key of a diagnostic in a file whose lines are {@code lines}: one index per file, so n keys
   * cost O(n).
   */
  public static Key key(Diagnostic d, SourceLines lines) {
    String source = d.line() >= lines.lineCount() && d.column() == 1 ? "" : lines.line(d.line());
    return new Key(d.file(), d.rule().id().value(), withoutLineReferences(d.message()), source);
  }

  /**
   * A message with its line references ("first at line 12") made "line N", which edits above do not
   * change.
   */
  public static String withoutLineReferences(String message) {
    return LINE_REFERENCE.matcher(message).replaceAll("$1 N");
  }

  /**
   * A file's lines by number, indexed once. Rationale: each key used to scan from the top of the
   * file to its line, so 20,000 findings in a 0.9 MB file took 31 s of CPU.
   */
  public static final class SourceLines {
    private final CharSequence text;
    private final dev.pm.text.LineIndex index;

    public SourceLines(CharSequence text) {
      this.text = text;
      this.index = new dev.pm.text.LineIndex(text);
    }

    /**
     * How many lines the file has; a finding placed on the last of them is about the whole file.
     */
    public int lineCount() {
      return index.lineCount();
    }

    /** Line {@code line} (1-based), stripped; empty past the end. */
    public String line(int line) {
      if (line < 1 || line > index.lineCount()) {
        return "";
      }
      int start = index.lineStart(line);
      int end = line < index.lineCount() ? index.lineStart(line + 1) : text.length();
      return text.subSequence(start, end).toString().strip();
    }
  }

  /** Whether a recorded finding excuses this one (and uses it up). */
  public synchronized boolean excuses(Key key) {
    if (useUp(key)) {
      return true;
    }
    // Baselines written before file-level findings lost their source line recorded the last line's
    // text; such an entry still excuses the same file, rule and message.
    return key.source().isEmpty()
        && bySourceless.getOrDefault(key, List.of()).stream().anyMatch(this::useUp);
  }

  private boolean useUp(Key key) {
    Integer left = remaining.get(key);
    if (left == null || left == 0) {
      return false;
    }
    remaining.put(key, left - 1);
    return true;
  }

  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JsonOutput.mapper().readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Jackson's own message quotes its parser state and source; the user needs where, not how.
      var at = e.getLocation();
      throw new IOException(
          "not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
    }
    if (root == null || !root.has("findings") || !root.get("findings").isArray()) {
      throw new IOException("not a pm baseline: no \"findings\" list");
    }
    Map<Key, Integer> counts = new HashMap<>();
    for (JsonNode f : root.get("findings")) {
      Key key = new Key(text(f, "file"), text(f, "rule"), text(f, "message"), text(f, "source"));
      counts.merge(key, 1, Integer::sum);
    }
    return new Baseline(counts);
  }

  /** The baseline file's text for these findings, sorted so that it diffs well in review. */
  public static String write(Collection<Key> keys) throws IOException {
    List<Key> sorted = new ArrayList<>(keys);
    sorted.sort(
        java.util.Comparator.comparing(Key::file)
            .thenComparing(Key::rule)
            .thenComparing(Key::message)
            .thenComparing(Key::source));
    ObjectNode root = JsonOutput.mapper().createObjectNode();
    root.put("version", 1);
    root.put(
        "note",
        "Findings pm lint --baseline does not fail on. Written by pm lint --write-baseline.");
    ArrayNode findings = root.putArray("findings");
    for (Key k : sorted) {
      ObjectNode f = findings.addObject();
      f.put("file", k.file());
      f.put("rule", k.rule());
      f.put("message", k.message());
      f.put("source", k.source());
    }
    return JsonOutput.text(root);
  }

  private static String text(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IOException("not a pm baseline: a finding has no \"" + field + "\"");
    }
    return value.asText();
  }
}
