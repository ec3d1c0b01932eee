package dev.pm.yaml;

import dev.pm.model.Location;
import dev.pm.text.LineIndex;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML (front matter, schemas, {@code .pm.yaml}) into positioned values without constructing
 * any Java object from it.
 *
 * <p>Rationale: SnakeYAML's composer gives nodes with marks, so every key and value keeps its line;
 * constructing nothing means no tag can name a Java class, and scalars stay the text the author
 * wrote (YAML 1.2 style: {@code no}, {@code 0123}, {@code 2026-03-14} are strings). Limits are set
 * explicitly: no aliases, nesting at most 16, size checked before parsing. Duplicate keys, anchors,
 * non-text keys and non-standard tags are problems with a location, never exceptions.
 */
public final class SafeYamlReader {

  static final int MAX_DEPTH = 16;

  /** The top-level keys read, and what was wrong. */
  public record Outcome(Map<String, YamlEntry> entries, List<YamlProblem> problems) {}

  private final int firstLine;
  private final String yaml;
  private final LineIndex lines;
  private final boolean bmpOnly;
  private final List<YamlProblem> problems = new ArrayList<>();

  private SafeYamlReader(String yaml, int firstLine) {
    this.firstLine = firstLine;
    this.yaml = yaml;
    this.lines = new LineIndex(yaml);
    this.bmpOnly = yaml.codePointCount(0, yaml.length()) == yaml.length();
  }

  /**
   * Reads a YAML text that starts on file line {@code firstLine}.
   *
   * @param yaml the text between the delimiters
   * @param firstLine the 1-based file line on which {@code yaml} starts
   */
  public static Outcome read(String yaml, int firstLine, int maxBytes) {
    SafeYamlReader reader = new SafeYamlReader(yaml, firstLine);
    int bytes = yaml.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxBytes) {
      reader.problem(
          Location.ofLine(firstLine - 1),
          "YAML block is " + bytes + " bytes; the limit is " + maxBytes + " bytes");
      return reader.outcome(Map.of());
    }
    Node root;
    try {
      root = compose(yaml, maxBytes);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      reader.problem(
          reader.at(mark),
          "invalid YAML: " + oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage()));
      return reader.outcome(Map.of());
    } catch (RuntimeException e) {
      // YAMLException for limits (aliases, depth, size) and IllegalArgumentException for tags
      // such as "!%20": both are the document's fault, so both are diagnostics.
      reader.problem(Location.ofLine(firstLine), "invalid YAML: " + oneLine(e.getMessage()));
      return reader.outcome(Map.of());
    }
    if (root == null) {
      return reader.outcome(Map.of());
    }
    if (!(root instanceof MappingNode mapping)) {
      reader.problem(reader.at(root.getStartMark()), "YAML must be a mapping of keys to values");
      return reader.outcome(Map.of());
    }
    return reader.outcome(reader.mapping(mapping, 1).entries());
  }

  /**
   * What {@code Yaml.compose} does, without making a {@code Yaml}: its constructor and representer
   * (never used to compose a node tree) cost more than composing a front matter, once per file.
   */
  private static Node compose(String yaml, int maxBytes) {
    LoaderOptions options = options(maxBytes);
    return new Composer(
            new ParserImpl(new StreamReader(new StringReader(yaml)), options),
            new TextResolver(),
            options)
        .getSingleNode();
  }

  /**
   * Resolves only what this reader looks at, null ({@code ~}, {@code null}, empty) and the merge
   * key ({@code <<}): scalars stay text, so the bool, int, float and timestamp patterns SnakeYAML
   * tries on each plain scalar were work whose answer nothing read (every built-in schema, a few
   * hundred scalars each, is read on a one-file lint). Those tags are standard ones, so {@link
   * #checkNode} says the same without them.
   */
  private static final class TextResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
      addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
      addImplicitResolver(Tag.NULL, EMPTY, null, 10);
    }
  }

  private static LoaderOptions options(int maxBytes) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(Math.max(1024, maxBytes));
    options.setProcessComments(false);
    options.setTagInspector(tag -> false);
    return options;
  }

  private Outcome outcome(Map<String, YamlEntry> entries) {
    return new Outcome(entries, problems);
  }

  private YamlNode value(Node node, int depth) {
    checkNode(node);
    if (depth > MAX_DEPTH) {
      problem(at(node.getStartMark()), "YAML nests deeper than " + MAX_DEPTH + " levels");
      return new YamlNode.Scalar("", true, at(node.getStartMark()));
    }
    if (node instanceof ScalarNode scalar) {
      boolean isNull =
          scalar.getTag().equals(Tag.NULL)
              && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
      return new YamlNode.Scalar(isNull ? "" : scalar.getValue(), isNull, at(node.getStartMark()));
    }
    if (node instanceof SequenceNode sequence) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(value(item, depth + 1));
      }
      return new YamlNode.Sequence(items, at(node.getStartMark()));
    }
    return mapping((MappingNode) node, depth + 1);
  }

  private YamlNode.Mapping mapping(MappingNode node, int depth) {
    checkNode(node);
    Map<String, YamlEntry> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      Location keyAt = at(keyNode.getStartMark());
      checkNode(keyNode);
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        problem(
            keyAt,
            "keys must be text, not a " + (keyNode instanceof SequenceNode ? "list" : "mapping"));
        continue;
      }
      if (keyScalar.getTag().equals(Tag.MERGE)) {
        problem(keyAt, "merge keys (<<) are not allowed");
        continue;
      }
      String key = keyScalar.getValue();
      YamlEntry first = entries.get(key);
      if (first != null) {
        problem(
            keyAt, "duplicate key \"" + key + "\" (first at line " + first.keyAt().line() + ")");
        continue;
      }
      entries.put(key, new YamlEntry(key, keyAt, value(tuple.getValueNode(), depth)));
    }
    return new YamlNode.Mapping(entries, at(node.getStartMark()));
  }

  private void checkNode(Node node) {
    if (node.getAnchor() != null) {
      problem(
          at(node.getStartMark()),
          "anchors and aliases (&" + node.getAnchor() + ") are not allowed");
    }
    Tag tag = node.getTag();
    if (!Tag.standardTags.contains(tag)
        || tag.equals(Tag.BINARY)
        || tag.equals(Tag.SET)
        || tag.equals(Tag.OMAP)
        || tag.equals(Tag.PAIRS)) {
      problem(at(node.getStartMark()), "tag \"" + tag.getValue() + "\" is not allowed");
    }
  }

  private Location at(Mark mark) {
    if (mark == null) {
      return Location.ofLine(firstLine);
    }
    // SnakeYAML counts NEL, LS and PS as line breaks and its index in code points; pm counts lines
    // as CommonMark does and columns in chars, so the mark's index is re-read with pm's LineIndex.
    int index = Math.max(0, mark.getIndex());
    int offset =
        bmpOnly
            ? Math.min(index, yaml.length())
            : yaml.offsetByCodePoints(0, Math.min(index, yaml.codePointCount(0, yaml.length())));
    Location inYaml = lines.at(offset);
    return new Location(firstLine + inYaml.line() - 1, inYaml.column());
  }

  private void problem(Location at, String message) {
    problems.add(new YamlProblem(at, message));
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String flat = message.replaceAll("\\s+", " ").trim();
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
