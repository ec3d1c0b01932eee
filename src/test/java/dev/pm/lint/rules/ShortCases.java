package dev.pm.lint.rules;

/** Text the short rule cases share. */
final class ShortCases {

  /** The standard template's action item table, header and separator, rows to follow. */
  static final String ACTION_ITEMS =
      """
      ## Action Items

      | ID | Action Item | Type | Owner | Due Date | Status |
      |----|-------------|------|-------|----------|--------|
      """;

  private ShortCases() {}
}
