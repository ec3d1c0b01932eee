package dev.pm.bench;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The benchmark's floor: read every {@code *.md} file under the given folders and parse it with the
 * same flexmark extensions and options and SnakeYAML composer that pm uses, and nothing else (no
 * model, no rules, no report). What pm does beyond this is what its rules and reporting cost.
 *
 * <pre>java -XX:+UseSerialGC -cp CLASSPATH dev.pm.bench.ParseFloor FOLDER...</pre>
 */
public final class ParseFloor {

  private ParseFloor() {}

  public static void main(String[] args) throws IOException {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create()));
    // The table options of dev.pm.parse.PostMortemParser, all of them: the floor parses as pm does.
    options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
    options.set(TablesExtension.COLUMN_SPANS, false);
    Parser parser = Parser.builder(options).build();
    long nodes = 0;
    int files = 0;
    for (String folder : args) {
      List<Path> paths;
      try (Stream<Path> walk = Files.walk(Path.of(folder))) {
        paths =
            walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                .sorted()
                .toList();
      }
      for (Path path : paths) {
        String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        int bodyStart = 0;
        if (text.startsWith("---\n")) {
          int end = text.indexOf("\n---\n", 4);
          if (end > 0) {
            // Composed as dev.pm.yaml.SafeYamlReader composes it: no Yaml object per file.
            LoaderOptions loader = new LoaderOptions();
            Node yaml =
                new Composer(
                        new ParserImpl(
                            new StreamReader(new StringReader(text.substring(4, end + 1))), loader),
                        new Resolver(),
                        loader)
                    .getSingleNode();
            nodes += yaml == null ? 0 : 1;
            bodyStart = end + 5;
          }
        }
        Document document = parser.parse(text.substring(bodyStart));
        for (var child = document.getFirstChild(); child != null; child = child.getNext()) {
          nodes++;
        }
        files++;
      }
    }
    System.out.println(files + " files parsed (" + nodes + " top-level nodes)");
  }
}
