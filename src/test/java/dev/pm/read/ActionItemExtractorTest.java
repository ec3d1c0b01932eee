package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.parse.ParserTestSupport;
import dev.pm.schema.ActionItemSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionItemExtractorTest {

  private static List<ActionItem> extract(String markdown) {
    return ActionItemExtractor.extract(
        ParserTestSupport.parse(markdown), ActionItemSpec.defaults());
  }

  @Test
  void readsTableRowsWithMappedColumns() {
    var items =
        extract(
            """
        ## Action Items

        | Action Item ID | Description | Owner | Target Date | Status |
        |---|---|---|---|---|
        | PM-AI-001 | Validate input | Jane | 2026-05-01 | Done |
        | PM-AI-002 | Add test |  | 2026-02-30 | Whatever |
        |  |  |  |  |  |
        """);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).id()).contains("PM-AI-001");
    assertThat(items.get(0).action()).contains("Validate input");
    assertThat(items.get(0).status()).isEqualTo(ActionStatus.DONE);
    assertThat(items.get(0).due()).isPresent();
    assertThat(items.get(1).owner()).isEmpty();
    assertThat(items.get(1).due()).isEmpty();
    assertThat(items.get(1).status()).isEqualTo(ActionStatus.UNKNOWN);
    assertThat(items.get(1).at(ActionItemField.OWNER).line()).isEqualTo(6);
  }

  @Test
  void readsTaskListsBulletsAndInlineFields() {
    var items =
        extract(
            """
        # Incident

        ## Follow-ups

        - [x] Add log metric [GitHub Issue](https://github.com/o/r/issues/365)
        - [ ] Enable SMTP alerts @alice due 2026-05-01
        - Investigate the root cause (Owner: Bob Smith)
        - ~~Cull old nodes~~
        """);
    assertThat(items)
        .extracting(ActionItem::form)
        .containsExactly(
            ActionItem.Form.TASK,
            ActionItem.Form.TASK,
            ActionItem.Form.BULLET,
            ActionItem.Form.BULLET);
    assertThat(items)
        .extracting(ActionItem::status)
        .containsExactly(
            ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.OPEN, ActionStatus.DONE);
    assertThat(items.get(0).links()).containsExactly("https://github.com/o/r/issues/365");
    assertThat(items.get(1).owner()).contains("@alice");
    assertThat(items.get(1).due()).isPresent();
    assertThat(items.get(2).owner()).contains("Bob Smith");
  }

  @Test
  void categoryHeadingsAndLabelsBecomeTheType() {
    var items =
        extract(
            """
        ## Action Items

        ### Immediate (This Week)

        | ID | Action | Owner | Due Date | Status |
        |----|--------|-------|----------|--------|
        | A1 | Fix alerting | @alice | 2026-05-01 | Open |

        **Prevention** (Stop it happening)
        - [ ] Add canary
        """);
    assertThat(items)
        .extracting(i -> i.type().orElse(""))
        .containsExactly("Immediate (This Week)", "Prevention");
  }

  @Test
  void readsItemsUnderABoldListLabel() {
    var items =
        extract(
            """
        # Incident on 2023-09-18

        - **Resolution**:
          - Fixed the launch template

        - **Review actions**:
          - Update runbook
          - Create test setup
        """);
    assertThat(items)
        .extracting(i -> i.action().orElse(""))
        .containsExactly("Update runbook", "Create test setup");
  }

  @Test
  void subBulletsUnderAnAimAreTheItemsAndASingleSubBulletIsANote() {
    // Shapes from the corpus: dfds PM2022-009 (an aim over three actions) and PM2020-009 (a note).
    var items =
        extract(
            """
        ## Action Items

        - Improve coverage of readiness/liveness probes
            - Reach out to teams with suggestions
            - Create dashboard for probe coverage
        - Setup alerting for elevated error rates
            - See https://example.org/METRICS.md.
        - [ ] Rotate the keys
            - notes: the old ones expire on Friday
            - ask security first
        - Migrate the queue @bob
            - part one
            - part two
        """);
    assertThat(items)
        .extracting(i -> i.action().orElse(""))
        .containsExactly(
            "Reach out to teams with suggestions",
            "Create dashboard for probe coverage",
            // The owner is a field of its own: the action text no longer carries "@bob".
            "Setup alerting for elevated error rates",
            "Rotate the keys",
            "Migrate the queue");
  }

  @Test
  void actionTextLeavesOutTheOwnerAndDueDateItReadButKeepsAMentionInsideTheSentence() {
    var items =
        extract(
            """
        ## Action Items

        - [ ] Add a synthetic DNS check @tina due 2026-05-01
        - Ask @grace to review the runbook
        - OWNER: dana@ Cap the retry budget
        """);
    assertThat(items)
        .extracting(i -> i.action().orElse(""))
        .containsExactly(
            "Add a synthetic DNS check",
            "Ask @grace to review the runbook",
            "Cap the retry budget");
    assertThat(items.get(0).owner()).contains("@tina");
    assertThat(items.get(0).due()).contains(java.time.LocalDate.of(2026, 5, 1));
    assertThat(items.get(2).owner()).contains("dana");
  }
}
