package dev.pm.lsp;

import static dev.pm.lsp.LspTestClient.hasCode;
import static dev.pm.lsp.LspTestClient.lacksCode;
import static dev.pm.lsp.LspTestClient.uri;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.cli.PmRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pm's language server driven through LSP4J's client side over piped streams: initialize, open,
 * change, diagnostics, code actions applied as workspace edits, hover, completion, shutdown. What
 * it publishes is compared with what the real {@code pm lint}, {@code --fix} and {@code explain}
 * print.
 */
class PmLanguageServerTest {

  private static final Path FIX = Path.of("src/test/resources/fix");

  @TempDir Path repo;
  private Path file;
  private String uri;
  private LspTestClient client;

  @BeforeEach
  void start() throws Exception {
    Files.createDirectories(repo.resolve("postmortems"));
    file = repo.resolve("postmortems/2026-01-15-publishing.md");
    Files.copy(FIX.resolve("spelling-and-dates.md"), file);
    uri = uri(file);
    client = LspTestClient.started(repo);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
  }

  @Test
  void publishesWhatPmLintFindsWithRuleIdNameSeverityAndDocLink() throws Exception {
    client.open(uri, Files.readString(file));
    List<Diagnostic> diagnostics = client.awaitDiagnostics(uri, list -> !list.isEmpty());

    Set<String> fromServer = new TreeSet<>();
    diagnostics.forEach(
        d ->
            fromServer.add(
                d.getCode().getLeft()
                    + " "
                    + (d.getRange().getStart().getLine() + 1)
                    + ":"
                    + (d.getRange().getStart().getCharacter() + 1)
                    + " "
                    + d.getMessage()));
    assertThat(fromServer).isEqualTo(lintJson("postmortems/2026-01-15-publishing.md"));

    Diagnostic severity =
        diagnostics.stream()
            .filter(d -> d.getCode().getLeft().equals("PM104"))
            .findFirst()
            .orElseThrow();
    assertThat(severity.getSource()).isEqualTo("pm");
    assertThat(severity.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
    assertThat(severity.getMessage()).endsWith("[invalid-field-value]");
    assertThat(severity.getCodeDescription().getHref())
        .endsWith("/src/main/resources/dev/pm/rules/PM104.md");
    // The range covers the value the fix replaces: "sev2" on line 5.
    assertThat(severity.getRange().getStart()).isEqualTo(new Position(4, 10));
    assertThat(severity.getRange().getEnd()).isEqualTo(new Position(4, 14));
    Diagnostic warning =
        diagnostics.stream()
            .filter(d -> d.getCode().getLeft().equals("PM405"))
            .findFirst()
            .orElseThrow();
    assertThat(warning.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
  }

  @Test
  void aChangeIsLintedAgain() throws Exception {
    String text = Files.readString(file);
    client.open(uri, text);
    client.awaitDiagnostics(uri, hasCode("PM104"));
    int before = client.notifications(uri);

    client.change(uri, text.replace("severity: sev2", "severity: SEV-2"));

    List<Diagnostic> after = client.awaitDiagnostics(uri, before, lacksCode("PM104"));
    assertThat(after)
        .extracting(d -> d.getCode().getLeft())
        .contains("PM105", "PM403")
        .doesNotContain("PM104");
  }

  @Test
  void typingFastIsLintedOnceForTheLastText() throws Exception {
    String text = Files.readString(file);
    client.open(uri, text);
    client.awaitDiagnostics(uri, hasCode("PM104"));
    int before = client.notifications(uri);
    for (int i = 0; i < 20; i++) {
      client.change(uri, text + "\nTyping " + i + "\n");
    }
    client.change(uri, text.replace("severity: sev2", "severity: SEV-2"));

    client.awaitDiagnostics(uri, before, lacksCode("PM104"));
    // 21 changes sent within the debounce delay of each other: far fewer lints than changes.
    assertThat(client.notifications(uri) - before).isLessThan(10);
  }

  @Test
  void quickFixAppliedAsWorkspaceEditResolvesTheFinding() throws Exception {
    client.open(uri, Files.readString(file));
    Diagnostic severity =
        client.awaitDiagnostics(uri, hasCode("PM104")).stream()
            .filter(d -> d.getCode().getLeft().equals("PM104"))
            .findFirst()
            .orElseThrow();
    int before = client.notifications(uri);

    List<CodeAction> actions = codeActions(severity);
    CodeAction fix =
        actions.stream()
            .filter(a -> CodeActionKind.QuickFix.equals(a.getKind()))
            .findFirst()
            .orElseThrow();
    assertThat(fix.getTitle()).isEqualTo("Fix PM104: \"sev2\" → \"SEV-2\"");
    assertThat(fix.getDiagnostics())
        .extracting(d -> d.getCode().getLeft())
        .containsExactly("PM104");
    client.apply(fix.getEdit());

    assertThat(client.text(uri)).contains("severity: SEV-2\n").doesNotContain("sev2");
    List<Diagnostic> after = client.awaitDiagnostics(uri, before, lacksCode("PM104"));
    assertThat(after).extracting(d -> d.getCode().getLeft()).contains("PM105");
  }

  @Test
  void fixAllGivesWhatPmLintFixWrites() throws Exception {
    client.open(uri, Files.readString(file));
    Diagnostic any = client.awaitDiagnostics(uri, hasCode("PM104")).get(0);

    CodeAction fixAll =
        codeActions(any).stream()
            .filter(a -> a.getTitle().equals(CodeActions.FIX_ALL_TITLE))
            .findFirst()
            .orElseThrow();
    assertThat(fixAll.getKind()).isEqualTo(CodeActionKind.SourceFixAll);
    client.apply(fixAll.getEdit());

    var cli = new PmRunner(repo).run("lint", "--fix", "postmortems/2026-01-15-publishing.md");
    assertThat(cli.err()).contains("fixes applied");
    assertThat(client.text(uri)).isEqualTo(Files.readString(file));
    client.awaitDiagnostics(
        uri,
        list ->
            list.stream()
                .noneMatch(
                    d ->
                        Set.of("PM104", "PM105", "PM403", "PM405")
                            .contains(d.getCode().getLeft())));
  }

  @Test
  void hoverOnADiagnosticShowsWhatPmExplainPrints() throws Exception {
    client.open(uri, Files.readString(file));
    client.awaitDiagnostics(uri, hasCode("PM104"));

    Hover hover =
        client
            .remote
            .getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 12)))
            .get(LspTestClient.WAIT.toSeconds(), TimeUnit.SECONDS);

    String explain = new PmRunner(repo).run("explain", "PM104").out();
    assertThat(hover.getContents().getRight().getKind()).isEqualTo("markdown");
    assertThat(hover.getContents().getRight().getValue()).isEqualTo(explain.strip());
    Hover nothing =
        client
            .remote
            .getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(2, 3)))
            .get(LspTestClient.WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(nothing).isNull();
  }

  @Test
  void completesFrontMatterKeysAndTheSchemasVocabulary() throws Exception {
    String text = Files.readString(file);
    client.open(uri, text);
    client.awaitDiagnostics(uri, hasCode("PM104"));

    // The template is "comprehensive": severities SEV-1..SEV-4.
    assertThat(labels(completion(new Position(4, 10))))
        .contains("SEV-1", "SEV-2", "SEV-3", "SEV-4");
    assertThat(labels(completion(new Position(5, 8)))).contains("Resolved", "Ongoing");
    assertThat(labels(completion(new Position(6, 10))))
        .contains("standard", "blameless", "sre", "review", "comprehensive");

    client.change(uri, text.replace("status: Resolved\n", "\n"));
    List<CompletionItem> keys = completion(new Position(5, 0));
    assertThat(labels(keys)).contains("status").doesNotContain("id", "title", "severity");
    assertThat(keys.get(labels(keys).indexOf("status")).getTextEdit().getLeft().getNewText())
        .isEqualTo("status: ");
    // Outside the front matter: nothing.
    assertThat(completion(new Position(20, 0))).isEmpty();
  }

  private List<CompletionItem> completion(Position at) throws Exception {
    return client
        .remote
        .getTextDocumentService()
        .completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
        .get(LspTestClient.WAIT.toSeconds(), TimeUnit.SECONDS)
        .getLeft();
  }

  private static List<String> labels(List<CompletionItem> items) {
    return items.stream().map(CompletionItem::getLabel).toList();
  }

  private List<CodeAction> codeActions(Diagnostic at) throws Exception {
    CodeActionParams params =
        new CodeActionParams(
            new TextDocumentIdentifier(uri), at.getRange(), new CodeActionContext(List.of(at)));
    return client
        .remote
        .getTextDocumentService()
        .codeAction(params)
        .get(LspTestClient.WAIT.toSeconds(), TimeUnit.SECONDS)
        .stream()
        .map(Either::getRight)
        .toList();
  }

  /** What {@code pm lint --format json} reports on one file, as "RULE line:col message [name]". */
  private Set<String> lintJson(String file) throws Exception {
    var result = new PmRunner(repo).run("lint", "--format", "json", file);
    JsonNode json = new ObjectMapper().readTree(result.out());
    Set<String> found = new TreeSet<>();
    json.get("diagnostics")
        .forEach(
            d ->
                found.add(
                    d.get("rule").asText()
                        + " "
                        + d.get("line").asInt()
                        + ":"
                        + d.get("column").asInt()
                        + " "
                        + d.get("message").asText()
                        + " ["
                        + d.get("ruleName").asText()
                        + "]"));
    assertThat(found).isNotEmpty();
    return found;
  }
}
