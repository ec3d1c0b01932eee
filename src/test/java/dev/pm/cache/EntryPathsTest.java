package dev.pm.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A cache entry's result names its file by reference to the entry's paths, comes back with the same
 * text, and a reference that does not resolve makes the cache unreadable, never a wrong path.
 */
class EntryPathsTest {

  /** A result that names its file, as lint's results and summaries do, beside other text. */
  record Named(String file, Path path, Optional<String> also, List<String> texts) {}

  private final CacheCodec codec = new CacheCodec();

  @Test
  void aResultNamesItsFileByReferenceAndReadsBackTheSame() throws IOException {
    Named first =
        new Named(
            "docs/a.md",
            Path.of("/repo/docs/a.md"),
            Optional.of("/repo/docs/a.md"),
            List.of("0", "1", "docs/b.md", "docs/a.md"));
    Named second =
        new Named("docs/b.md", Path.of("/repo/docs/a.md"), Optional.empty(), List.of("docs/a.md"));
    CacheCodec.CacheFile<Named> file =
        new CacheCodec.CacheFile<>(
            "k",
            List.of(
                new CacheCodec.Entry<>(
                    "/repo/docs/a.md", "docs/a.md", "h1", new FileStamp(1, 2), first),
                new CacheCodec.Entry<>(
                    "/repo/docs/b.md", "docs/b.md", "h2", new FileStamp(3, 4), second)));
    String text = write(file);

    assertThat(read(text)).isEqualTo(file);
    // Each path is written once in its own entry, and again where another entry's result names it.
    assertThat(text.split("\"docs/a.md\"", -1)).hasSize(1 + 2);
    assertThat(text.split("\"/repo/docs/a.md\"", -1)).hasSize(1 + 2);
    assertThat(text).contains("\"file\":0").contains("\"path\":1").contains("\"0\",\"1\"");
  }

  @Test
  void aReferenceToNoPathOrBeforeThePathsMakesTheCacheUnreadable() throws IOException {
    Named value = new Named("a.md", Path.of("/r/a.md"), Optional.empty(), List.of());
    String text =
        write(
            new CacheCodec.CacheFile<>(
                "k",
                List.of(
                    new CacheCodec.Entry<>("/r/a.md", "a.md", "h", new FileStamp(1, 2), value))));
    assertThat(read(text)).isNotNull();

    for (String bad :
        List.of(
            text.replace("\"file\":0", "\"file\":2"),
            text.replace("\"file\":0", "\"file\":-1"),
            text.replace("\"path\":1,", "\"path\":99999999999999999999999,"),
            // The value before the entry's paths: its references have nothing to stand for.
            "{\"key\":\"k\",\"entries\":[{\"value\":{\"file\":0,\"path\":1,\"also\":null,"
                + "\"texts\":[]},\"path\":\"/r/a.md\",\"shown\":\"a.md\",\"hash\":\"h\","
                + "\"size\":1,\"modified\":2}]}")) {
      assertThat(bad).isNotEqualTo(text);
      assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(IOException.class);
    }
  }

  private String write(CacheCodec.CacheFile<Named> file) throws IOException {
    StringWriter out = new StringWriter();
    codec.write(out, file, Named.class);
    return out.toString();
  }

  private CacheCodec.CacheFile<Named> read(String text) throws IOException {
    return codec.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Named.class, "k");
  }
}
