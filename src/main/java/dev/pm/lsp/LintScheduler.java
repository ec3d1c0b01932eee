package dev.pm.lsp;

import dev.pm.lint.BuiltInRules;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.FileResult;
import dev.pm.lint.FileSummary;
import dev.pm.lint.Linter;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.lint.fix.DocumentLint;
import dev.pm.model.Location;
import dev.pm.work.ParseWorkers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lints open documents off the protocol thread: a change waits {@code debounce} for the next one
 * (typing does not lint every key), then the latest text is linted on a worker with a large stack
 * and a time limit. A document that takes too long or makes pm fail gets one diagnostic saying so;
 * the worker is replaced and the server goes on.
 */
final class LintScheduler implements AutoCloseable {

  /**
   * How a document is checked; the server's is {@link DocumentLint#check}, tests may put failures
   * in.
   */
  interface Check {
    DocumentLint.Checked check(
        Workspace workspace, OpenDocuments.Document doc, String text, List<FileSummary> others);
  }

  static final Check LINT =
      (workspace, doc, text, others) ->
          workspace.lint().check(doc.path, workspace.display(doc.path), text, others);

  private static final RuleInfo UNREADABLE = BuiltInRules.find("PM001").orElseThrow();

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread t = new Thread(task, "pm-lsp-lint");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  private final Duration debounce;
  private final Check check;
  private final IncidentIndex index;
  private final OpenDocuments documents;
  private final Consumer<OpenDocuments.Document> publish;
  private volatile Workspace workspace;
  private volatile ParseWorkers workers;
  private volatile Duration timeout;

  LintScheduler(
      Duration debounce,
      Check check,
      IncidentIndex index,
      OpenDocuments documents,
      Consumer<OpenDocuments.Document> publish) {
    this.debounce = debounce;
    this.check = check;
    this.index = index;
    this.documents = documents;
    this.publish = publish;
  }

  Workspace workspace() {
    return workspace;
  }

  /** Uses a (re)loaded configuration from now on; its time limit bounds each document's check. */
  synchronized void use(Workspace next) {
    ParseWorkers old = workers;
    this.workspace = next;
    // As pm lint: the parser stops itself at its limit; the worker's limit is a backstop for the
    // rest.
    this.timeout = next.config().limits().parseTimeout().multipliedBy(2).plusSeconds(1);
    this.workers = new ParseWorkers(1, timeout);
    if (old != null) {
      timer.execute(old::close); // after any check still using it
    }
  }

  /** Lints {@code doc} after the debounce delay, replacing a lint not yet started. */
  void scheduleDebounced(OpenDocuments.Document doc) {
    schedule(doc, debounce);
  }

  void scheduleNow(OpenDocuments.Document doc) {
    schedule(doc, Duration.ZERO);
  }

  private void schedule(OpenDocuments.Document doc, Duration delay) {
    AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
    ScheduledFuture<?> next =
        timer.schedule(
            () -> {
              pending.remove(doc.uri, self.get());
              lintAndPublish(doc);
            },
            delay.toMillis(),
            TimeUnit.MILLISECONDS);
    self.set(next);
    ScheduledFuture<?> previous = pending.put(doc.uri, next);
    if (previous != null) {
      previous.cancel(false);
    }
  }

  void cancel(String uri) {
    ScheduledFuture<?> previous = pending.remove(uri);
    if (previous != null) {
      previous.cancel(false);
    }
  }

  /**
   * What linting the document's current text finds: the last result if still current, else a new
   * one.
   */
  CompletableFuture<Optional<OpenDocuments.Linted>> current(OpenDocuments.Document doc) {
    Optional<OpenDocuments.Linted> known = doc.current();
    if (known.isPresent() || !doc.postMortem) {
      return CompletableFuture.completedFuture(known);
    }
    return CompletableFuture.supplyAsync(
        () -> {
          lintAndPublish(doc);
          return doc.current();
        },
        timer);
  }

  /**
   * Runs {@code task} on the large-stack worker within the time limit; {@code onFailure} gets what
   * went wrong.
   */
  <R> CompletableFuture<R> onWorker(Supplier<R> task, Function<String, R> onFailure) {
    return CompletableFuture.supplyAsync(
        () ->
            workers
                .map(
                    List.of(task),
                    Supplier::get,
                    t -> onFailure.apply("took longer than " + timeout.toSeconds() + " s"),
                    (t, error) -> onFailure.apply("pm failed: " + error))
                .get(0),
        timer);
  }

  /**
   * Runs {@code task} on the lint thread, in order with the lints (the id index is built there).
   */
  void execute(Runnable task) {
    timer.execute(task);
  }

  int pendingCount() {
    return pending.size();
  }

  private void lintAndPublish(OpenDocuments.Document doc) {
    if (documents.get(doc.uri).orElse(null) != doc) {
      return; // closed (or reopened) meanwhile: nothing to publish for this one
    }
    String text = doc.text;
    if (!doc.postMortem) {
      doc.linted = new OpenDocuments.Linted(text, Optional.empty());
      publish.accept(doc);
      return;
    }
    Workspace ws = workspace;
    List<FileSummary> others = index.all();
    DocumentLint.Checked checked =
        workers
            .map(
                List.of(doc),
                d -> check.check(ws, d, text, others),
                d ->
                    failed(
                        ws,
                        d,
                        UNREADABLE,
                        "File not checked: checking it took longer than "
                            + timeout.toSeconds()
                            + " s"),
                (d, error) ->
                    failed(
                        ws,
                        d,
                        Linter.INTERNAL_ERROR,
                        "pm failed on this file: " + error + " (please report this)"))
            .get(0);
    doc.linted = new OpenDocuments.Linted(text, Optional.of(checked));
    if (documents.get(doc.uri).orElse(null) == doc) {
      publish.accept(doc);
    }
  }

  private static DocumentLint.Checked failed(
      Workspace ws, OpenDocuments.Document doc, RuleInfo rule, String message) {
    String file = ws.display(doc.path);
    Diagnostic d = new Diagnostic(rule, Severity.ERROR, file, Location.START, message);
    return new DocumentLint.Checked(
        new FileResult(file, "", List.of(d)),
        new FileSummary(file, doc.path, Optional.empty(), Location.START));
  }

  /**
   * Stops taking work: lints not started are dropped, one under way finishes. Rationale:
   * interrupting the lint thread while it writes diagnostics would cut a message in half and
   * corrupt the stream the server still answers {@code shutdown} on.
   */
  @Override
  public void close() {
    if (timer.isShutdown()) {
      return;
    }
    pending.values().forEach(f -> f.cancel(false));
    pending.clear();
    ParseWorkers last = workers;
    if (last != null) {
      timer.execute(last::close);
    }
    timer.shutdown();
  }
}
