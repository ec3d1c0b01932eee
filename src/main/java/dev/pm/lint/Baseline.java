package dev.pm.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * source line: it is matched by file, rule and message, so appending to the file leaves it known. Numbers in messages that are line references
 * ("first at line 12") are ignored for the same reason. Each recorded finding excuses one finding.
 */
public final class Baseline {

  /** What identifies a finding across edits. */
  public record Key(String file, String rule, String message, String source) {}

  private static final Pattern LINE_REFERENCE = Pattern.compile("\\b(line) \\d+");
  /** Loaded only with --baseline or --write-baseline: Jackson is 375 classes a plain lint run need not load. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private final Map<Key, Integer> remaining;
  /** The recorded keys by their key without source text, for the fallback in {@link #excuses}. */
  private final Map<Key, List<Key>> bySourceless = new HashMap<>();

  private Baseline(Map<Key, Integer> counts) {
    this.remaining = counts;
    counts.keySet().stream().sorted(java.util.Comparator.comparing(Key::source)).forEach(k ->
        bySourceless.computeIfAbsent(new Key(k.file(), k.rule(), k.message(), ""), x -> new ArrayList<>()).add(k));
  }

  public static Baseline empty() {
    return new Baseline(new HashMap<>());
  }

  /** The key of a diagnostic in a file whose text is {@code text}, {@code lineCount} lines long. */
  public static Key key(Diagnostic d, String text, int lineCount) {
    String source = d.line() >= lineCount && d.column() == 1 ? "" : lineOf(text, d.line());
    return new Key(d.file(), d.rule().id().value(), LINE_REFERENCE.matcher(d.message()).replaceAll("$1 N"), source);
  }

  /** Whether a recorded finding excuses this one (and uses it up). */
  public synchronized boolean excuses(Key key) {
    if (useUp(key)) {
      return true;
    }
    // Baselines written before file-level findings lost their source line recorded the last line's
    // text; such an entry still excuses the same file, rule and message.
    return key.source().isEmpty() && bySourceless.getOrDefault(key, List.of()).stream().anyMatch(this::useUp);
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
      root = Json.MAPPER.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Jackson's own message quotes its parser state and source; the user needs where, not how.
      var at = e.getLocation();
      throw new IOException("not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
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
    sorted.sort(java.util.Comparator.comparing(Key::file).thenComparing(Key::rule).thenComparing(Key::message).thenComparing(Key::source));
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", 1);
    root.put("note", "Findings pm lint --baseline does not fail on. Written by pm lint --write-baseline.");
    ArrayNode findings = root.putArray("findings");
    for (Key k : sorted) {
      ObjectNode f = findings.addObject();
      f.put("file", k.file());
      f.put("rule", k.rule());
      f.put("message", k.message());
      f.put("source", k.source());
    }
    return Json.MAPPER.writeValueAsString(root) + "\n";
  }

  private static String text(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IOException("not a pm baseline: a finding has no \"" + field + "\"");
    }
    return value.asText();
  }

  private static String lineOf(String text, int line) {
    int start = 0;
    for (int i = 1; i < line && start >= 0; i++) {
      int next = text.indexOf('\n', start);
      start = next < 0 ? -1 : next + 1;
    }
    if (start < 0 || start > text.length()) {
      return "";
    }
    int end = text.indexOf('\n', start);
    return text.substring(start, end < 0 ? text.length() : end).strip();
  }
}
