package dev.pm.lint.fix;

import dev.pm.io.AtomicFiles;
import dev.pm.io.InputFile;
import dev.pm.lint.Linter;
import dev.pm.model.SourceFile;
import dev.pm.parse.PostMortemParser;
import dev.pm.parse.SourceDecoder;
import dev.pm.work.ParseWorkers;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * {@code pm lint --fix} over files: each is read, fixed to a fixed point in memory, and, when asked
 * and something changed, rewritten atomically. A file that is not valid UTF-8, is too large, or
 * changed on disk meanwhile is never rewritten; it is reported as refused.
 */
public final class FixRun {

  /** What was done to one file: the fixes, the text before and after, or why it was left alone. */
  public record FileFix(
      InputFile file, List<Change> changes, String before, String after, Optional<String> refused) {
    public boolean changed() {
      return refused.isEmpty() && !before.equals(after);
    }
  }

  /** One applied fix: where it was reported, by which rule, and what changed. */
  public record Change(int line, String rule, String summary) {}

  private FixRun() {}

  /**
   * Fixes every file in {@code files} on {@code threads} workers, and says what was fixed in each.
   *
   * @param write rewrite changed files; false for a dry run
   * @param readOnly whether read-only files are rewritten too ({@code --force})
   */
  public static List<FileFix> run(
      List<InputFile> files,
      PostMortemParser parser,
      Linter linter,
      int threads,
      boolean write,
      AtomicFiles.ReadOnlyFiles readOnly) {
    FileFixer fixer = new FileFixer(parser, linter);
    try (ParseWorkers workers =
        new ParseWorkers(
            threads, parser.limits().parseTimeout().multipliedBy(FileFixer.MAX_PASSES * 2L))) {
      return workers.map(
          files,
          file -> fix(file, fixer, parser, write, readOnly),
          file -> refused(file, "fixing it took too long; not rewritten"),
          (file, error) ->
              refused(
                  file,
                  "pm failed on this file: " + error + " (please report this); not rewritten"));
    }
  }

  private static FileFix fix(
      InputFile file,
      FileFixer fixer,
      PostMortemParser parser,
      boolean write,
      AtomicFiles.ReadOnlyFiles readOnly) {
    byte[] bytes;
    try {
      if (Files.size(file.path()) > parser.limits().maxFileBytes()) {
        return refused(file, "larger than the file size limit; not rewritten");
      }
      bytes = Files.readAllBytes(file.path());
    } catch (IOException | SecurityException e) {
      return refused(file, "cannot read it: " + e.getMessage());
    }
    SourceDecoder.Encoding encoding = SourceDecoder.encodingOf(bytes);
    boolean utf16 = encoding == SourceDecoder.Encoding.UTF_16;
    SourceDecoder.Result decoded = SourceDecoder.decode(bytes);
    if (utf16 || !decoded.ok()) {
      return refused(
          file,
          (utf16 ? "is UTF-16" : decoded.error())
              + "; pm rewrites only UTF-8 files, so it was not rewritten");
    }
    boolean bom = encoding == SourceDecoder.Encoding.UTF_8_WITH_BOM;
    String before = decoded.text();
    FileFixer.Result result = fixer.fix(new SourceFile(file.path(), file.displayPath(), before));
    List<Change> changes =
        result.applied().stream()
            .map(
                a ->
                    new Change(
                        a.line(),
                        a.diagnostic().rule().id().value(),
                        a.diagnostic().fix().orElseThrow().summary()))
            .toList();
    if (write && !result.text().equals(before)) {
      try {
        AtomicFiles.rewrite(file.path(), bytes, (bom ? "\uFEFF" : "") + result.text(), readOnly);
      } catch (AtomicFiles.ChangedOnDiskException e) {
        return refused(file, "changed on disk while pm was fixing it; not rewritten");
      } catch (IOException | SecurityException e) {
        return refused(file, "cannot write it: " + e.getMessage());
      }
    }
    return new FileFix(file, changes, before, result.text(), Optional.empty());
  }

  private static FileFix refused(InputFile file, String why) {
    return new FileFix(file, List.of(), "", "", Optional.of(why));
  }
}
