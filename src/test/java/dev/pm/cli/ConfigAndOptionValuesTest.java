package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Configuration and command-line values that ended in "internal error" (or wrapped round silently):
 * each is a user error, exit 2, with the file, line and column where it is written.
 */
class ConfigAndOptionValuesTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() throws Exception {
    pm = new PmRunner(repo);
    assertThat(pm.run("new", "Checkout down", "--date", "2026-03-14").exitCode()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // .pm.yaml | what the message says
        "limits: {maxFileSize: 0}                       | .pm.yaml:1:10: maxFileSize must be between 1 byte and 2GiB",
        "limits: {maxFileSize: 17179869184GiB}          | .pm.yaml:1:10: maxFileSize must be between 1 byte and 2GiB",
        "limits: {maxFileSize: 9223372036854775807}     | .pm.yaml:1:10: maxFileSize must be between 1 byte and 2GiB",
        "limits: {maxFileSize: 99999999999999999999999} | .pm.yaml:1:10: maxFileSize must be",
        "limits: {maxFileSize: 99999999999TiB}          | .pm.yaml:1:10: maxFileSize must be a size",
        "limits: {maxFileSize: -1MiB}                   | .pm.yaml:1:10: maxFileSize must be a size",
        "limits: {parseTimeout: -1s}                    | .pm.yaml:1:10: parseTimeout must be more than 0 and at most 1h",
        "limits: {parseTimeout: 0s}                     | .pm.yaml:1:10: parseTimeout must be more than 0 and at most 1h",
        "limits: {parseTimeout: PT-5S}                  | .pm.yaml:1:10: parseTimeout must be",
        "limits: {parseTimeout: 9223372036854775807s}   | .pm.yaml:1:10: parseTimeout must be more than 0 and at most 1h",
        "limits: {parseTimeout: 9223372036854775807ms}  | .pm.yaml:1:10: parseTimeout must be more than 0 and at most 1h",
        "limits: {parseTimeout: 99999999999999999999s}  | .pm.yaml:1:10: parseTimeout must be a duration",
        "include: ['[']                                 | .pm.yaml:1:1: include has a glob that is not valid",
        "exclude: ['{a']                                | .pm.yaml:1:1: exclude has a glob that is not valid",
        "paths: {'postmortems/[': standard}             | .pm.yaml:1:1: paths has a glob that is not valid",
      })
  void configurationValues(String yaml, String message) throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), yaml + "\n");
    for (String command : new String[] {"lint", "stats"}) {
      var run = pm.run(command);
      assertThat(run.exitCode()).as(command).isEqualTo(2);
      assertThat(run.err()).as(command).contains(message).doesNotContain("internal error");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "stats -j 2147483647              | --jobs must be at most 256, not 2147483647",
        "lint --jobs 1000000              | --jobs must be at most 256",
        "index --output /                 | /: not a regular file; not replaced",
        "lint --output /                  | cannot write /: it is a directory",
        "stats --output /                 | cannot write /: it is a directory",
        "lint --max-warnings 99999999999  | '99999999999' is not an int",
        "lint --as-of 0000-00-00          | is not a real date",
        "new Y --date +10000-01-01        | is not a date written YYYY-MM-DD",
        "lint --config /                  | cannot read configuration",
        "lint --baseline /                | cannot read baseline",
      })
  void commandLineValues(String args, String message) {
    var run = pm.run(args.split(" "));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("internal error");
  }
}
