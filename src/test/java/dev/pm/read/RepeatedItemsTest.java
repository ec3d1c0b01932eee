package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.ActionItem;
import dev.pm.parse.ParserTestSupport;
import dev.pm.schema.ActionItemSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedItemsTest {

  private static List<ActionItem> extract(String markdown) {
    return ActionItemExtractor.extract(
        ParserTestSupport.parse(markdown), ActionItemSpec.defaults());
  }

  /** A follow-up list of {@code count} distinct items, then the given extra lines. */
  private static String followUps(int count, String... extra) {
    StringBuilder md = new StringBuilder("# Incident\n\n## Action items\n\n");
    for (int i = 0; i < count; i++) {
      md.append(String.format("- Review the alerting thresholds of service svc%06d%n", i));
    }
    for (String line : extra) {
      md.append(line).append('\n');
    }
    return md.toString();
  }

  @Test
  void anItemRewordedInASecondListIsOneItem() {
    var items =
        extract(
            """
            # Incident

            ## Action items

            - Add an alert on disk usage for the database hosts
            - Rotate the logs daily on every node

            ## Prevention

            - Rotating the logs daily on every node
            """);
    assertThat(items).extracting(i -> i.action().orElse("")).hasSize(2);
  }

  @Test
  void pastTheComparedWindowAnIdenticalTextStillMergesAndOthersStay() {
    int count = RepeatedItems.COMPARED_ITEMS + 500;
    var items = extract(followUps(count, "- Review the alerting thresholds of service svc001200"));
    assertThat(items).hasSize(count);
  }

  @Test
  void aDocumentOfManyItemsIsReadWhole() {
    // Comparing every pair word by word took more than 11 minutes on 20,000 items (issue 16); this
    // one is 25 million pairs unbounded, and bounded to the compared window a fifth of that.
    var items = extract(followUps(5_000));
    assertThat(items).hasSize(5_000);
  }
}
