package dev.pm.lsp;

import static dev.pm.lsp.LspTestClient.uri;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.cli.PmRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every fix {@code pm lint --fix} makes is offered as a code action: on each fix fixture
 * (src/test/resources/fix/), the rules of the quick fixes are those {@code --fix} reports fixing,
 * and "fix all" applied as a workspace edit gives the text {@code --fix} writes.
 */
class CodeActionsFixturesTest {

  private static final Path FIX = Path.of("src/test/resources/fix");
  private static final Pattern FIXED = Pattern.compile("pm: fixed \\S+: (PM\\d{3}) ");

  @TempDir Path repo;

  @ParameterizedTest
  @ValueSource(
      strings = {"spelling-and-dates", "front-matter-from-body", "crlf", "missing-action-id"})
  void codeActionsOfferWhatPmLintFixDoes(String name) throws Exception {
    Path file = repo.resolve(name + ".md");
    Files.copy(FIX.resolve(name + ".md"), file);
    String text = Files.readString(file);
    try (LspTestClient client = LspTestClient.started(repo)) {
      String uri = uri(file);
      client.open(uri, text);
      client.awaitDiagnostics(uri, list -> !list.isEmpty());

      Range everything =
          new Range(new Position(0, 0), new Position(text.split("\n", -1).length, 0));
      List<CodeAction> actions =
          client
              .remote
              .getTextDocumentService()
              .codeAction(
                  new CodeActionParams(
                      new TextDocumentIdentifier(uri),
                      everything,
                      new CodeActionContext(List.of())))
              .get(LspTestClient.WAIT.toSeconds(), TimeUnit.SECONDS)
              .stream()
              .map(Either::getRight)
              .toList();
      Set<String> quickFixRules = new TreeSet<>();
      actions.stream()
          .filter(a -> CodeActionKind.QuickFix.equals(a.getKind()))
          .forEach(
              a ->
                  quickFixRules.add(a.getTitle().substring("Fix ".length(), "Fix PMnnn".length())));

      var cli = new PmRunner(repo).run("lint", "--fix", name + ".md");
      Set<String> fixedRules = new TreeSet<>();
      Matcher m = FIXED.matcher(cli.err());
      while (m.find()) {
        fixedRules.add(m.group(1));
      }
      assertThat(fixedRules).isNotEmpty();
      assertThat(quickFixRules).isEqualTo(fixedRules);

      CodeAction fixAll =
          actions.stream()
              .filter(a -> a.getTitle().equals(CodeActions.FIX_ALL_TITLE))
              .findFirst()
              .orElseThrow();
      client.apply(fixAll.getEdit());
      assertThat(client.text(uri)).isEqualTo(Files.readString(FIX.resolve(name + ".fixed.md")));
    }
  }
}
