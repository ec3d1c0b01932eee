package dev.pm.parse;

import dev.pm.model.FrontMatter;
import dev.pm.model.FrontMatterField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of a post-mortem's incident id: the front matter {@code id}, as SnakeYAML reads
 * it, stripped of surrounding white space; none when it is missing, null, blank or not a scalar.
 *
 * <p>Rationale: lint, stats, index, renumber, {@code new} and {@code lint --against} used to read
 * the id each their own way (parsed YAML, a line scan, a {@code git grep} line, {@code trim} or
 * {@code strip}), and disagreed on quoted values with {@code #}, comments, CRLF, a byte order mark
 * or an indented {@code ---}. Every form here ends in the same YAML reading; the quick forms only
 * skip the YAML parser where the value's text already says what YAML would read.
 */
public final class IncidentIdReader {

  /** How much of a file is read for its front matter; larger front matter has no id here. */
  private static final int MAX_BYTES = 64 * 1024;

  private static final int FIRST_READ = 2048;

  /** A top-level {@code id} key (plain or quoted) and the rest of its line. */
  private static final Pattern KEY =
      Pattern.compile("^(?:id|\"id\"|'id')[ \\t]*:(?:[ \\t]+(.*))?$");

  /**
   * A value whose text is what YAML reads: a plain word of letters, digits and {@code _./-}, or the
   * same quoted without escapes, then perhaps a comment.
   */
  private static final Pattern SIMPLE =
      Pattern.compile(
          "(?:([A-Za-z0-9_][A-Za-z0-9_./-]*)|\"([A-Za-z0-9_ ./-]*)\"|'([A-Za-z0-9_ ./-]*)')"
              + "(?:[ \\t]+#.*)?[ \\t]*");

  private IncidentIdReader() {}

  /** The id of a parsed document's front matter. */
  public static Optional<String> of(Optional<FrontMatter> frontMatter) {
    return frontMatter.flatMap(fm -> fm.field("id")).flatMap(IncidentIdReader::of);
  }

  /** The id a front matter field holds, when the field is the id. */
  public static Optional<String> of(FrontMatterField field) {
    return clean(field.value().scalarText());
  }

  /** The id of a document's text (a byte order mark is allowed), read with the YAML parser. */
  public static Optional<String> inText(String document) {
    return FrontMatterPeek.entry(document, "id").flatMap(IncidentIdReader::of);
  }

  /** The id of a file, read with the YAML parser; none when the file cannot be read. */
  public static Optional<String> inFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return inText(decode(in.readNBytes(MAX_BYTES + 1024)));
    } catch (IOException e) {
      return Optional.empty(); // the full lint of that file says why it cannot be read
    }
  }

  /** The id of a file's bytes as pm decodes them (UTF-8, or UTF-16 with a byte order mark). */
  public static Optional<String> inBytes(byte[] bytes) {
    return inText(decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, MAX_BYTES + 1024))));
  }

  /**
   * The id of a file, reading only its front matter and, for a one-line value whose text is what
   * YAML would read, without the YAML parser. For indexing every post-mortem of a folder on each
   * run. It agrees with {@link #inFile} on well-formed front matter; in a block with a YAML error
   * elsewhere it may still find the id (the full lint of that file reports the error).
   */
  public static Optional<String> quickInFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(FIRST_READ);
      boolean complete = head.length < FIRST_READ;
      // Most files settle within their first few hundred bytes: only those are decoded and split.
      java.util.OptionalInt prefix = FrontMatterBytes.settlingPrefix(head, complete);
      if (prefix.isPresent()) {
        String block = decode(java.util.Arrays.copyOf(head, prefix.getAsInt()));
        return scan(block, true, () -> inText(decode(head))).orElseThrow();
      }
      String text = decode(head);
      Optional<Optional<String>> found = scan(text, complete, () -> inText(text));
      if (found.isEmpty()) {
        byte[] rest = in.readNBytes(MAX_BYTES + 1024 - FIRST_READ);
        byte[] all = java.util.Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        found = Optional.of(inText(decode(all)));
      }
      return found.get();
    } catch (IOException e) {
      return Optional.empty(); // the full lint of that file says why it cannot be read
    }
  }

  /**
   * The id on one line of a front matter block as {@code git grep} shows it, or none when the line
   * is not a top-level {@code id} key. Only the line is known, so a value that continues on the
   * next line is not read.
   */
  public static Optional<String> onLine(String line) {
    Matcher key = KEY.matcher(line.stripTrailing());
    if (!key.matches()) {
      return Optional.empty();
    }
    Optional<Optional<String>> simple = simple(key.group(1));
    if (simple.isPresent()) {
      return simple.get();
    }
    var outcome = FrontMatterYaml.read(line.strip(), 1, MAX_BYTES);
    return Optional.ofNullable(outcome.fields().get("id")).flatMap(IncidentIdReader::of);
  }

  /**
   * Whether a line of a file's text, at 1-based {@code number}, opens a YAML front matter block.
   */
  public static boolean opensBlock(int number, String line) {
    return number == 1
        && FrontMatterBlock.opensYaml(line.startsWith("\uFEFF") ? line.substring(1) : line);
  }

  /** Whether a line after the first closes a YAML front matter block. */
  public static boolean closesBlock(String line) {
    return FrontMatterBlock.closesYaml(line);
  }

  /**
   * The id, or none, when the text settles it; empty when more text is needed. {@code parsed} reads
   * the id of the file's first read with the YAML parser, for forms only the parser reads right.
   */
  private static Optional<Optional<String>> scan(
      String text, boolean complete, java.util.function.Supplier<Optional<String>> parsed) {
    List<String> lines = text.lines().toList();
    // The last line of a partial read may be cut short: it settles nothing.
    int usable = complete ? lines.size() : lines.size() - 1;
    if (usable < 1) {
      return complete ? Optional.of(Optional.empty()) : Optional.empty();
    }
    if (!opensBlock(1, lines.get(0))) {
      return Optional.of(Optional.empty());
    }
    String value = null;
    int keys = 0;
    boolean continued = false;
    boolean mentionsId = false;
    for (int i = 1; i < usable; i++) {
      String line = lines.get(i);
      mentionsId |= line.contains("id");
      if (closesBlock(line)) {
        if (keys == 0 && !mentionsId) {
          return Optional.of(Optional.empty());
        }
        if (keys != 1 || continued) {
          return Optional.of(parsed.get()); // a form only the parser reads right
        }
        Optional<Optional<String>> simple = simple(value);
        return Optional.of(simple.isPresent() ? simple.get() : parsed.get());
      }
      if (!mayBeKey(line)) {
        continue;
      }
      Matcher key = KEY.matcher(line.stripTrailing());
      if (key.matches()) {
        keys++;
        value = key.group(1);
        continued =
            i + 1 < lines.size()
                && !lines.get(i + 1).isBlank()
                && Character.isWhitespace(lines.get(i + 1).charAt(0));
      }
    }
    return complete ? Optional.of(Optional.empty()) : Optional.empty();
  }

  /**
   * Whether a line may be an {@link #KEY} line: most front matter lines are other keys, and the
   * matcher costs more than this look at the first character.
   */
  private static boolean mayBeKey(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char first = line.charAt(0);
    return first == 'i' || first == '"' || first == '\'';
  }

  /** The id of a value in one of the simple forms; empty when the value needs the YAML parser. */
  private static Optional<Optional<String>> simple(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(Optional.empty()); // "id:" alone is null
    }
    Matcher m = SIMPLE.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(1) != null) {
      String plain = m.group(1);
      boolean isNull = plain.equals("null") || plain.equals("Null") || plain.equals("NULL");
      return Optional.of(isNull ? Optional.empty() : clean(plain));
    }
    return Optional.of(clean(m.group(2) != null ? m.group(2) : m.group(3)));
  }

  private static Optional<String> clean(String scalarText) {
    return Optional.ofNullable(scalarText).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Bytes as pm decodes a file; a read cut inside a character decodes leniently. */
  static String decode(byte[] bytes) {
    SourceDecoder.Result decoded = SourceDecoder.decode(bytes);
    if (decoded.ok()) {
      return decoded.text();
    }
    return SourceDecoder.lenient(bytes);
  }
}
