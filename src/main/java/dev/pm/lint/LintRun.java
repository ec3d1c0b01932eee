package dev.pm.lint;

import dev.pm.cache.ResultCache;
import dev.pm.io.InputFile;
import dev.pm.model.Location;
import dev.pm.parse.ParserOnDemand;
import dev.pm.parse.PostMortemParser;
import dev.pm.work.ParseWorkers;
import java.util.List;
import java.util.Optional;

/**
 * Lints files in parallel on {@link ParseWorkers}: each file is read, parsed, checked and dropped,
 * so only diagnostics and small summaries stay in memory. A file that runs past the time limit or
 * makes pm fail gets a diagnostic; the run goes on.
 */
public final class LintRun {

  private LintRun() {}

  public static LintReport run(
      List<InputFile> files, PostMortemParser parser, Linter linter, int threads) {
    return run(
        files, ParserOnDemand.of(parser), linter, threads, ResultCache.disabled(), done -> {});
  }

  /**
   * Lints {@code files} on {@code threads} workers, without a result cache.
   *
   * @param progress told how many files are done after each one
   */
  public static LintReport run(
      List<InputFile> files,
      PostMortemParser parser,
      Linter linter,
      int threads,
      java.util.function.IntConsumer progress) {
    return run(files, ParserOnDemand.of(parser), linter, threads, ResultCache.disabled(), progress);
  }

  /**
   * As above, taking a file's result from {@code cache} when its bytes are unchanged; the
   * cross-file rules still run over every file's summary, cached or not.
   */
  public static LintReport run(
      List<InputFile> files,
      PostMortemParser parser,
      Linter linter,
      int threads,
      ResultCache<Linter.Checked> cache) {
    return run(files, ParserOnDemand.of(parser), linter, threads, cache, done -> {});
  }

  /**
   * As above; {@code progress} is told how many files are done after each one, and the parser is
   * made only if a file is not in {@code cache}.
   */
  public static LintReport run(
      List<InputFile> files,
      ParserOnDemand parser,
      Linter linter,
      int threads,
      ResultCache<Linter.Checked> cache,
      java.util.function.IntConsumer progress) {
    // The parser stops itself at its time limit; the workers' limit is a backstop for anything
    // else.
    try (ParseWorkers workers =
        new ParseWorkers(threads, parser.limits().parseTimeout().multipliedBy(2).plusSeconds(1))
            .reportingTo(progress)) {
      List<Linter.Checked> checked =
          workers.map(
              files,
              file -> check(file, parser, linter, cache),
              file ->
                  failed(
                      file,
                      UNREADABLE_TIMEOUT,
                      "File not checked: checking it took longer than "
                          + (parser.limits().parseTimeout().toSeconds() * 2 + 1)
                          + " s"),
              (file, error) ->
                  failed(
                      file,
                      Linter.INTERNAL_ERROR,
                      "pm failed on this file: " + error + " (please report this)"));
      return linter.report(checked);
    }
  }

  private static Linter.Checked check(
      InputFile file, ParserOnDemand parser, Linter linter, ResultCache<Linter.Checked> cache) {
    long limit = parser.limits().maxFileBytes();
    ResultCache.Lookup<Linter.Checked> lookup = cache.lookup(file, limit);
    if (lookup.value().isPresent()) {
      return lookup.value().get();
    }
    Linter.Checked checked = linter.check(parser.get().read(file.path(), file.displayPath()));
    if (cacheable(checked)) {
      cache.store(file, lookup, checked, limit);
    }
    return checked;
  }

  /**
   * A parse that ran out of time (PM001) or a rule that failed (PM000) may go otherwise next time.
   */
  private static boolean cacheable(Linter.Checked checked) {
    return checked.result().diagnostics().stream()
        .noneMatch(
            d ->
                d.rule().id().equals(UNREADABLE_TIMEOUT.id())
                    || d.rule().id().equals(Linter.INTERNAL_ERROR.id()));
  }

  private static final RuleInfo UNREADABLE_TIMEOUT =
      dev.pm.lint.BuiltInRules.find("PM001").orElseThrow();

  private static Linter.Checked failed(InputFile file, RuleInfo rule, String message) {
    Diagnostic d =
        new Diagnostic(rule, Severity.ERROR, file.displayPath(), Location.START, message);
    return new Linter.Checked(
        new FileResult(file.displayPath(), "", List.of(d)),
        new FileSummary(
            file.displayPath(),
            file.path().toAbsolutePath().normalize(),
            Optional.empty(),
            Location.START));
  }
}
