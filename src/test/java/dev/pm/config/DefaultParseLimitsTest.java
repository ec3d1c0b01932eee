package dev.pm.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In-process CLI tests parse with the hang guard, not the 3 s wall-clock budget, unless their
 * {@code .pm.yaml} sets limits: the caller's default limits fill only what the file leaves unset.
 */
class DefaultParseLimitsTest {

  @TempDir Path repo;

  @Test
  void withoutAConfigurationTheCallersLimitsApply() {
    assertThat(ConfigLoader.load(repo, Optional.empty(), HangGuardLimits.LIMITS).limits())
        .isEqualTo(HangGuardLimits.LIMITS);
    assertThat(ConfigLoader.load(repo, Optional.empty()).limits()).isEqualTo(ParseLimits.DEFAULT);
  }

  @Test
  void aConfigurationWithoutLimitsKeepsTheCallersLimits() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "directory: postmortems\n");
    assertThat(ConfigLoader.load(repo, Optional.empty(), HangGuardLimits.LIMITS).limits())
        .isEqualTo(HangGuardLimits.LIMITS);
  }

  @Test
  void theConfigurationsOwnTimeoutWins() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "limits:\n  parseTimeout: 1s\n");
    ParseLimits limits = ConfigLoader.load(repo, Optional.empty(), HangGuardLimits.LIMITS).limits();
    assertThat(limits.parseTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(limits.maxFileBytes()).isEqualTo(HangGuardLimits.LIMITS.maxFileBytes());
  }
}
