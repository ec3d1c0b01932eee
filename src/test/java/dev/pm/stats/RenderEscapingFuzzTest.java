package dev.pm.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pm.io.Escape;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Any values through pm stats' table, CSV and Markdown renderers: the table never carries a control
 * character but the line ends; every CSV cell reads back as written (controls but line feeds made
 * visible escapes), or with one leading {@code '} when it could run as a formula; a Markdown row
 * never holds raw {@code <}, {@code >} or a link target outside the repository, and always has its
 * seven cells.
 *
 * <p>Regression inputs: {@code src/test/resources/dev/pm/stats/RenderEscapingFuzzTestInputs/}.
 */
class RenderEscapingFuzzTest {

  @FuzzTest
  void renderAnyValues(FuzzedDataProvider data) throws Exception {
    String file = data.consumeString(40);
    String id = data.consumeString(40);
    String owner = data.consumeString(40);
    String itemId = data.consumeString(20);
    String action = data.consumeRemainingAsString();
    ItemRecord item =
        new ItemRecord(
            3,
            ActionItem.Form.TABLE_ROW,
            ActionStatus.OPEN,
            itemId,
            action,
            owner.isBlank() ? "" : owner,
            "",
            "2026-01-01",
            true,
            List.of());
    IncidentRecord record =
        new IncidentRecord(
            file,
            id,
            action,
            Optional.of(LocalDate.of(2025, 12, 1)),
            "P2",
            "",
            List.of(item),
            0,
            Map.of(),
            Optional.empty(),
            Optional.empty());
    StatsResult result =
        StatsCalculator.compute(List.of(record), StatsQuery.asOf(LocalDate.of(2026, 6, 1)));

    String table = render(new TableRenderer(false), result);
    assertThat(table.chars().filter(c -> c != 10 && Escape.isControl((char) c)).count()).isZero();

    String csv = render(new CsvRenderer(false), result);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(rows).hasSize(1);
    assertReadsBack(rows.get(0).get("owner"), owner.isBlank() ? "" : owner);
    assertReadsBack(rows.get(0).get("incident"), id);

    String markdown = render(new MarkdownRenderer(), result);
    assertThat(markdown).doesNotContain("<").doesNotContain(">");
    // "### Overdue", a blank line, the header, the separator, then the one item's row.
    String overdueRow =
        markdown.lines().dropWhile(l -> !l.equals("### Overdue")).skip(4).findFirst().orElseThrow();
    assertThat(overdueRow.split("(?<!\\\\)\\|", -1)).hasSize(9);
    assertThat(overdueRow).contains("](" + Escape.uriPath(file) + "#L3)");
  }

  private static void assertReadsBack(String cell, String value) {
    // Controls are visible escapes, as in the text output; line feeds stay inside the quoted cell.
    String written = Escape.keepingLineBreaks(value);
    if (cell.equals(written)) {
      assertThat(CsvRenderer.neutralise(written)).isEqualTo(written);
    } else {
      assertThat(cell).isEqualTo("'" + written);
    }
    assertThat(cell)
        .satisfiesAnyOf(
            c ->
                assertThat(c)
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("@")
                    .doesNotStartWith("\t")
                    .doesNotStartWith("\r"),
            c -> assertThat(c).matches("-?\\d+(\\.\\d+)?"));
  }

  private static String render(StatsRenderer renderer, StatsResult result) {
    StringWriter out = new StringWriter();
    renderer.write(result, new PrintWriter(out));
    return out.toString();
  }
}
