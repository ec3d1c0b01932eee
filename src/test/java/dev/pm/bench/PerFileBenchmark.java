package dev.pm.bench;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.pm.lint.BuiltInRules;
import dev.pm.lint.Linter;
import dev.pm.lint.RuleSettings;
import dev.pm.model.PostMortem;
import dev.pm.model.SourceFile;
import dev.pm.parse.ParseLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.SchemaResolver;
import dev.pm.template.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Where the time of one file goes, warm: flexmark alone, pm's parse (flexmark, front matter and the
 * model), and the rules on a parsed document. One filled example per template.
 *
 * <pre>java -cp TEST_CLASSPATH org.openjdk.jmh.Main PerFileBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerFileBenchmark {

  @Param({"standard", "blameless", "sre", "review", "comprehensive"})
  public String template;

  private String text;
  private SourceFile source;
  private Parser flexmark;
  private PostMortemParser parser;
  private Linter linter;
  private PostMortem parsed;

  @Setup
  public void setUp() throws IOException {
    Path file = Path.of("src/test/resources/lint/clean", template + ".md");
    text = Files.readString(file);
    source = new SourceFile(file, file.toString(), text);
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create()));
    flexmark = Parser.builder(options).build();
    parser = new PostMortemParser(ParseLimits.DEFAULT);
    linter =
        new Linter(
            BuiltInRules.fileRules(),
            BuiltInRules.crossFileRules(),
            RuleSettings.DEFAULTS,
            new SchemaResolver(
                TemplateCatalog.builtIn(),
                Optional.empty(),
                Map.of(),
                Path.of("").toAbsolutePath()));
    parsed = parser.parse(source);
  }

  @Benchmark
  public Object flexmarkOnly() {
    return flexmark.parse(text);
  }

  @Benchmark
  public PostMortem parseAndModel() {
    return parser.parse(source);
  }

  @Benchmark
  public Object rulesOnParsed() {
    return linter.check(parsed);
  }

  @Benchmark
  public Object wholeFile() {
    return linter.check(parser.parse(source));
  }
}
