package dev.pm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.FileResult;
import dev.pm.lint.LintReport;
import dev.pm.lint.Severity;
import dev.pm.model.Location;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON and SARIF are streamed: the report goes out in small pieces as it is produced, never as one
 * string (or tree) the size of the whole report, which ran out of memory at ~900,000 findings. The
 * 200,000-file run itself is in the benchmark (.ci/bench --scale), not here.
 */
class StreamingReportTest {

  /** A writer that remembers the largest single piece it was given. */
  private static final class ChunkWriter extends Writer {
    final StringBuilder text = new StringBuilder();
    int largest;

    @Override
    public void write(char[] buf, int off, int len) {
      largest = Math.max(largest, len);
      text.append(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      largest = Math.max(largest, len);
      text.append(s, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private static LintReport large() {
    List<FileResult> files = new ArrayList<>();
    for (int f = 0; f < 200; f++) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      for (int i = 1; i <= 20; i++) {
        diagnostics.add(
            new Diagnostic(
                Fixtures.MISSING_SECTION,
                Severity.ERROR,
                "postmortems/file-" + f + ".md",
                new Location(i, 1),
                Fixtures.NASTY + " #" + i));
      }
      files.add(new FileResult("postmortems/file-" + f + ".md", "default", diagnostics));
    }
    return new LintReport(files, List.of(Fixtures.MISSING_SECTION));
  }

  private static ChunkWriter render(Reporter reporter, LintReport report) {
    ChunkWriter sink = new ChunkWriter();
    reporter.write(report, new PrintWriter(sink));
    return sink;
  }

  @Test
  void jsonIsStreamedInSmallPieces() throws Exception {
    ChunkWriter sink = render(new JsonReporter(), large());
    assertThat(sink.text.length()).isGreaterThan(500_000);
    assertThat(sink.largest).isLessThanOrEqualTo(64 * 1024);
    JsonNode root = new ObjectMapper().readTree(sink.text.toString());
    assertThat(root.get("diagnostics")).hasSize(4_000);
    assertThat(sink.text.toString()).isEqualTo(Fixtures.render(new JsonReporter(), large()));
  }

  @Test
  void sarifIsStreamedInSmallPieces() throws Exception {
    ChunkWriter sink = render(new SarifReporter("1.0"), large());
    assertThat(sink.text.length()).isGreaterThan(500_000);
    assertThat(sink.largest).isLessThanOrEqualTo(64 * 1024);
    JsonNode root = new ObjectMapper().readTree(sink.text.toString());
    assertThat(root.at("/runs/0/results")).hasSize(4_000);
  }
}
