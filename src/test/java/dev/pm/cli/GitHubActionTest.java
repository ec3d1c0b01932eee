package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * action.yml, the GitHub Action users put in their workflows: GitHub is the only other reader of
 * this file, so a broken one would only show in a user's failed workflow. Checks that it loads as
 * YAML, has the shape of a composite action, names only inputs it declares, and that each step's
 * script is valid bash.
 */
class GitHubActionTest {

  private static final Path ACTION = Path.of("action.yml");
  private static final Pattern INPUT_REFERENCE = Pattern.compile("inputs\\.([A-Za-z0-9_-]+)");

  @Test
  void loadsAsACompositeActionWhoseStepsUseOnlyDeclaredInputs() throws IOException {
    Map<String, Object> action = load();

    assertThat(action).containsKeys("name", "description", "inputs", "outputs", "runs");
    Map<String, Object> inputs = map(action.get("inputs"));
    assertThat(inputs)
        .containsOnlyKeys(
            "paths", "config", "against", "max-warnings", "sarif", "working-directory");
    assertThat(map(action.get("outputs"))).containsOnlyKeys("errors", "warnings", "files");
    Map<String, Object> runs = map(action.get("runs"));
    assertThat(runs.get("using")).isEqualTo("composite");

    List<Map<String, Object>> steps = steps(runs);
    for (Map<String, Object> step : steps) {
      if (step.get("uses") instanceof String uses) {
        // setup-java's maven cache hashes the user's **/pom.xml and fails where there is none.
        assertThat(uses).isIn("actions/setup-java@v4", "actions/cache@v4");
        assertThat(map(step.get("with"))).doesNotContainKey("cache");
      } else {
        assertThat(step.get("shell")).as("step %s", step.get("name")).isEqualTo("bash");
        assertThat(step.get("run")).as("step %s", step.get("name")).isInstanceOf(String.class);
      }
    }

    Matcher reference = INPUT_REFERENCE.matcher(Files.readString(ACTION, StandardCharsets.UTF_8));
    int references = 0;
    while (reference.find()) {
      assertThat(inputs).as("input named in action.yml").containsKey(reference.group(1));
      references++;
    }
    assertThat(references).isGreaterThanOrEqualTo(inputs.size());
  }

  @Test
  void theActionsScriptsAreValidBash() throws Exception {
    try (var scripts = Files.list(Path.of("src/action"))) {
      for (Path script : scripts.toList()) {
        Process bash =
            new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as("bash -n %s: %s", script, output).isZero();
      }
    }
  }

  @Test
  void inputsReachTheShellThroughTheEnvironmentNeverAsScriptText() throws IOException {
    // ${{ }} is pasted into the script before bash sees it: a path with a quote or $(...) in it
    // would run as code. Through env it stays a value.
    for (Map<String, Object> step : steps(map(load().get("runs")))) {
      if (step.get("run") instanceof String script) {
        assertThat(script).as("step %s", step.get("name")).doesNotContain("${{");
      }
    }
  }

  @Test
  void everyStepScriptIsValidBash() throws Exception {
    for (Map<String, Object> step : steps(map(load().get("runs")))) {
      if (!(step.get("run") instanceof String script)) {
        continue;
      }
      Process bash =
          new ProcessBuilder("bash", "-n", "-c", script).redirectErrorStream(true).start();
      String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(bash.exitValue()).as("bash -n on step %s: %s", step.get("name"), output).isZero();
    }
  }

  private static Map<String, Object> load() throws IOException {
    Object document =
        new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(Files.readString(ACTION, StandardCharsets.UTF_8));
    return map(document);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> runs) {
    assertThat(runs.get("steps")).isInstanceOf(List.class);
    return (List<Map<String, Object>>) runs.get("steps");
  }
}
