package dev.pm.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.io.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result cache trusts a file's size and modification time before reading it, and reads it
 * whenever they cannot be trusted. To see which one a run did, a file's bytes are swapped for
 * others of the same size behind the cache's back: a result still found means the file was not
 * read; none means it was read and hashed.
 */
class ResultCacheStampTest {

  private static final long LIMIT = 1 << 20;

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();
  private final FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

  record Note(String text) {}

  @Test
  void aSettledFileWithItsRecordedSizeAndTimeIsNotReadAgain() throws IOException {
    InputFile file = write("a.md", "first", anHourAgo);
    fill(file, "result of first");

    swapBytesKeepingTime(file, "FIRST");

    assertThat(cached(file)).contains(new Note("result of first"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void aFileOfAnotherSizeIsReadAgain() throws IOException {
    InputFile file = write("a.md", "first", anHourAgo);
    fill(file, "result of first");

    Files.writeString(file.path(), "first, longer");
    Files.setLastModifiedTime(file.path(), anHourAgo);

    assertThat(cached(file)).isEmpty();
  }

  /**
   * Git's "racily clean" case: a file written in the same clock tick as the cache read it may
   * change again without its time changing, so its size and time are not recorded.
   */
  @Test
  void aFileModifiedJustBeforeTheRunIsReadAgainNextTime() throws IOException {
    InputFile file = write("a.md", "first", FileTime.from(Instant.now()));
    fill(file, "result of first");

    swapBytesKeepingTime(file, "FIRST");

    assertThat(cached(file)).isEmpty();
  }

  /**
   * A checkout or copy moves the time and keeps the bytes: the hash finds the result, and the new
   * time is recorded, so that the run after that trusts it without a read.
   */
  @Test
  void aTouchedButUnchangedFileKeepsItsResultAndGetsItsNewTime() throws IOException {
    InputFile file = write("a.md", "first", anHourAgo);
    fill(file, "result of first");
    FileTime touched = FileTime.from(Instant.now().minus(30, ChronoUnit.MINUTES));
    Files.setLastModifiedTime(file.path(), touched);

    ResultCache<Note> cache = open();
    assertThat(cache.lookup(file, LIMIT).value()).contains(new Note("result of first"));
    cache.save();
    swapBytesKeepingTime(file, "FIRST");

    assertThat(cached(file)).contains(new Note("result of first"));
  }

  private InputFile write(String name, String text, FileTime modified) throws IOException {
    Path path = Files.writeString(dir.resolve(name), text);
    Files.setLastModifiedTime(path, modified);
    return new InputFile(path, name);
  }

  /** One run that reads {@code file}, stores {@code result} for it and writes the cache. */
  private void fill(InputFile file, String result) {
    ResultCache<Note> cache = open();
    ResultCache.Lookup<Note> lookup = cache.lookup(file, LIMIT);
    assertThat(lookup.value()).isEmpty();
    cache.store(file, lookup, new Note(result), LIMIT);
    cache.save();
  }

  /** What a new run finds in the cache for {@code file}. */
  private Optional<Note> cached(InputFile file) {
    return open().lookup(file, LIMIT).value();
  }

  private ResultCache<Note> open() {
    return ResultCache.open(dir.resolve("cache/test.json"), "key", Note.class, warnings::add);
  }

  private static void swapBytesKeepingTime(InputFile file, String sameLength) throws IOException {
    FileTime modified = Files.getLastModifiedTime(file.path());
    assertThat(sameLength).hasSameSizeAs(Files.readString(file.path()));
    Files.writeString(file.path(), sameLength);
    Files.setLastModifiedTime(file.path(), modified);
  }
}
