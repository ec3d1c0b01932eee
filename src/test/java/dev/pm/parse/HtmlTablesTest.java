package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.Cell;
import dev.pm.model.Location;
import dev.pm.model.Table;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlTablesTest {

  /** Offsets as 1-based columns of a one-line block, so each place can be checked by eye. */
  private static Optional<Table> read(String html) {
    return HtmlTables.of(html, offset -> new Location(1, offset + 1));
  }

  @Test
  void readsCellsEntitiesAndLinksAsABrowserWould() {
    String html =
        "<table><tr><th>Remediation<th>Owner</tr>"
            + "<tr><td>Caf&eacute; &amp; cache &#8212; <a href=\"https://x.test/1\">OPS-1</a>"
            + "<td>@ana</table>";

    Table table = read(html).orElseThrow();

    assertThat(table.header()).extracting(Cell::text).containsExactly("Remediation", "Owner");
    Cell action = table.rows().get(0).cells().get(0);
    assertThat(action.text()).isEqualTo("Café & cache — OPS-1");
    assertThat(action.links()).containsExactly("https://x.test/1");
    assertThat(action.at().column()).isEqualTo(html.indexOf("Caf") + 1);
    assertThat(table.rows().get(0).cells().get(1).text()).isEqualTo("@ana");
  }

  @Test
  void aTableInACellIsThatCellsText() {
    String html =
        "<table><tr><th>Task</th></tr><tr><td>Outer"
            + "<table><tr><td>inner</td></tr><tr><td>more</td></tr></table></td></tr></table>";

    Table table = read(html).orElseThrow();

    assertThat(table.rows()).hasSize(1);
    assertThat(table.rows().get(0).cells().get(0).text()).isEqualTo("Outer inner more");
  }

  @Test
  void leavesOtherHtmlAndHeaderOnlyTablesAlone() {
    assertThat(read("<div><table><tr><td>a</td></tr></table></div>")).isEmpty();
    assertThat(read("<table><tr><th>Task</th></tr></table>")).isEmpty();
    assertThat(read("<details><summary>x</summary></details>")).isEmpty();
  }
}
