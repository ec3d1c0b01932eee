package dev.pm.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pm.lint.Linter;
import dev.pm.stats.IncidentRecord;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shape in the cache key changes whenever a cached record does, so old entries are never
 * half-read.
 */
class CacheShapeTest {

  enum Colour {
    RED,
    GREEN
  }

  record Leaf(String text, Colour colour) {}

  record LeafWithMore(String text, Colour colour, int more) {}

  record Root(List<Leaf> leaves, Optional<Leaf> first) {}

  record RootWithMore(List<LeafWithMore> leaves, Optional<LeafWithMore> first) {}

  /** A plain class: the cache could not know what it holds. */
  static final class Plain {}

  record Holder(Plain notARecord) {}

  @Test
  void aFieldAddedDeepInsideChangesTheShape() {
    String before = CacheShape.of(Root.class);
    String after = CacheShape.of(RootWithMore.class).replace("WithMore", "");
    assertThat(before)
        .contains("Leaf(text java.lang.String;colour dev.pm.cache.CacheShapeTest$Colour;)")
        .contains("Colour{RED,GREEN,}");
    assertThat(after).isNotEqualTo(before).contains("more int;");
  }

  @Test
  void whatTheCommandsCacheReachesEveryRecordTheyHold() {
    assertThat(CacheShape.of(Linter.Checked.class))
        .contains(
            "dev.pm.lint.Diagnostic(",
            "dev.pm.lint.Fix(",
            "dev.pm.lint.FileSummary(",
            "dev.pm.model.Location(");
    assertThat(CacheShape.of(IncidentRecord.class))
        .contains("dev.pm.stats.ItemRecord(", "dev.pm.model.ActionStatus{", "dev.pm.stats.Figure{");
  }

  @Test
  void aTypeThatIsNotARecordIsRefused() {
    assertThatThrownBy(() -> CacheShape.of(Holder.class))
        .hasMessageContaining("CacheShapeTest$Plain")
        .isInstanceOf(IllegalArgumentException.class);
  }
}
