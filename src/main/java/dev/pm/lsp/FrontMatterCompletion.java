package dev.pm.lsp;

import dev.pm.schema.FieldSpec;
import dev.pm.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion inside the YAML front matter: at the start of a line, the keys the schema names that
 * the document does not have yet; after {@code key:}, the schema's vocabulary for that key
 * (severity, status...) or, for {@code template:}, the templates there are.
 */
final class FrontMatterCompletion {

  private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:");

  private FrontMatterCompletion() {}

  static List<CompletionItem> at(
      String text, Position at, Optional<Schema> schema, List<String> templates) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty()
        || !lines.get(0).strip().equals("---")
        || at.getLine() == 0
        || at.getLine() >= lines.size() + 1) {
      return List.of();
    }
    int closing = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
        closing = i;
        break;
      }
    }
    if (closing >= 0 && at.getLine() >= closing) {
      return List.of();
    }
    String line = at.getLine() < lines.size() ? lines.get(at.getLine()) : "";
    String before = line.substring(0, Math.min(at.getCharacter(), line.length()));
    Matcher key = TOP_LEVEL_KEY.matcher(before);
    if (key.find()) {
      return values(key.group(1), before, key.end(), at, schema, templates);
    }
    if ((!before.isBlank() && Character.isWhitespace(before.charAt(0))) || before.startsWith("-")) {
      return List.of(); // inside a nested value or a list
    }
    Set<String> present = new LinkedHashSet<>();
    for (int i = 1; i < (closing < 0 ? lines.size() : closing); i++) {
      Matcher m = TOP_LEVEL_KEY.matcher(lines.get(i));
      if (m.find() && i != at.getLine()) {
        present.add(m.group(1));
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    schema.ifPresent(
        s -> {
          keys.addAll(s.frontMatter().required());
          keys.addAll(s.frontMatter().fields().keySet());
        });
    keys.removeAll(present);
    Range replaced = new Range(new Position(at.getLine(), 0), at);
    List<CompletionItem> items = new ArrayList<>();
    for (String k : keys) {
      CompletionItem item = new CompletionItem(k);
      item.setKind(CompletionItemKind.Property);
      item.setDetail(
          schema
              .map(
                  s ->
                      s.frontMatter().required().contains(k)
                          ? "required by template " + s.name()
                          : "template " + s.name())
              .orElse(""));
      item.setTextEdit(Either.forLeft(new TextEdit(replaced, k + ": ")));
      items.add(item);
    }
    return items;
  }

  private static List<CompletionItem> values(
      String key,
      String before,
      int colonEnd,
      Position at,
      Optional<Schema> schema,
      List<String> templates) {
    List<String> vocabulary =
        key.equals("template")
            ? templates
            : schema
                .flatMap(s -> s.frontMatter().field(key))
                .map(FieldSpec::allowed)
                .orElse(List.of());
    int start = colonEnd;
    while (start < before.length() && before.charAt(start) == ' ') {
      start++;
    }
    String prefix = start == colonEnd ? " " : "";
    Range replaced = new Range(new Position(at.getLine(), start), at);
    List<CompletionItem> items = new ArrayList<>();
    for (String value : vocabulary) {
      CompletionItem item = new CompletionItem(value);
      item.setKind(CompletionItemKind.EnumMember);
      item.setDetail(key);
      item.setFilterText(value);
      item.setTextEdit(Either.forLeft(new TextEdit(replaced, prefix + value)));
      items.add(item);
    }
    return items;
  }
}
