package dev.pm.report;

/**
 * The output formats of {@code pm lint --format}. Picocli matches the constants case-insensitively.
 *
 * <p>{@link #reporter(String)} is an exhaustive {@code switch} with no {@code default}, so adding a
 * constant does not compile until it has a reporter.
 */
public enum ReportFormat {
  /** Human-readable, one line per diagnostic and a summary. */
  TEXT,
  /** pm's own documented JSON contract. */
  JSON,
  /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
  SARIF,
  /** JUnit XML, for CI test-report views. */
  JUNIT,
  /** GitHub Actions workflow commands, shown as annotations on pull requests. */
  GITHUB,
  /** GitLab Code Quality (CodeClimate-style JSON), shown in merge requests. */
  GITLAB,
  /** Markdown: counts and a table of findings, for a GitHub job summary or a comment. */
  MARKDOWN;

  /**
   * The reporter for this format.
   *
   * @param toolVersion pm's version, for formats that name the tool (SARIF)
   */
  public Reporter reporter(String toolVersion) {
    return switch (this) {
      case TEXT -> new TextReporter();
      case JSON -> new JsonReporter();
      case SARIF -> new SarifReporter(toolVersion);
      case JUNIT -> new JunitReporter();
      case GITHUB -> new GithubReporter();
      case GITLAB -> new GitlabReporter();
      case MARKDOWN -> new MarkdownReporter();
    };
  }
}
