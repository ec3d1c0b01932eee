package dev.pm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs a composite action.yml step by step as the GitHub runner does, since GitHub itself cannot
 * run here: {@code ${{ }}} expressions (inputs, step outputs, github.action_path) are substituted,
 * each {@code run} step is a {@code bash --noprofile --norc -eo pipefail} script (the runner's
 * template) with the step's env, working-directory, GITHUB_ACTION_PATH, GITHUB_WORKSPACE,
 * RUNNER_TEMP and its own GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the first failing step
 * stops the action.
 *
 * <p>The two actions pm's action.yml uses are stood in for by what they do here:
 *
 * <ul>
 *   <li>{@code actions/setup-java}: puts this JDK on the PATH and in JAVA_HOME. With {@code cache:
 *       maven} it first hashes {@code **}{@code /pom.xml} in the workspace and fails when nothing
 *       matches, with the message of setup-java's src/cache.ts ("No file in ... matched to
 *       [**&#47;pom.xml], make sure you have checked out the target repository").
 *   <li>{@code actions/cache}: restores {@code path} from a folder standing for GitHub's cache when
 *       it holds the key (or, with {@link #warmCache}, any key: a cache a previous run filled), and
 *       says so in the {@code cache-hit} output.
 * </ul>
 */
final class ActionHarness {

  record Step(
      String name, int exitCode, String output, Map<String, String> outputs, String summary) {}

  record Run(List<Step> steps, Map<String, String> outputs) {
    Step last() {
      return steps.get(steps.size() - 1);
    }

    boolean succeeded() {
      return steps.stream().allMatch(s -> s.exitCode() == 0);
    }

    String summary() {
      return String.join("", steps.stream().map(Step::summary).toList());
    }
  }

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
  private static final Pattern CONDITION = Pattern.compile("(\\S+)\\s*(==|!=)\\s*'([^']*)'");

  private final Path actionYml;
  private final Path actionPath;
  private final Path workspace;
  private final Path temp;
  private Path warmJar;

  ActionHarness(Path actionYml, Path actionPath, Path workspace, Path temp) {
    this.actionYml = actionYml;
    this.actionPath = actionPath;
    this.workspace = workspace;
    this.temp = temp;
  }

  /** actions/cache restores this file for any key, as after a run that built and saved it. */
  ActionHarness warmCache(Path jar) {
    this.warmJar = jar;
    return this;
  }

  @SuppressWarnings("unchecked")
  Run run(Map<String, String> with) throws IOException, InterruptedException {
    Map<String, Object> action =
        (Map<String, Object>)
            new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(actionYml, StandardCharsets.UTF_8));
    Map<String, String> inputs = new HashMap<>();
    ((Map<String, Map<String, Object>>) action.get("inputs"))
        .forEach(
            (name, spec) ->
                inputs.put(
                    name,
                    with.getOrDefault(name, String.valueOf(spec.getOrDefault("default", "")))));
    Map<String, Map<String, String>> stepOutputs = new HashMap<>();
    List<Step> done = new ArrayList<>();
    int index = 0;
    for (Map<String, Object> step :
        (List<Map<String, Object>>) ((Map<String, Object>) action.get("runs")).get("steps")) {
      index++;
      String id = String.valueOf(step.getOrDefault("id", "step" + index));
      String name = String.valueOf(step.getOrDefault("name", step.getOrDefault("uses", id)));
      if (step.containsKey("if")
          && !condition(String.valueOf(step.get("if")), inputs, stepOutputs)) {
        continue;
      }
      Step result =
          step.containsKey("uses")
              ? uses(
                  name,
                  String.valueOf(step.get("uses")),
                  evaluateAll(
                      (Map<String, Object>) step.getOrDefault("with", Map.of()),
                      inputs,
                      stepOutputs))
              : runStep(index, name, step, inputs, stepOutputs);
      stepOutputs.put(id, result.outputs());
      done.add(result);
      if (result.exitCode() != 0) {
        break;
      }
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    Map<String, Map<String, Object>> declared =
        (Map<String, Map<String, Object>>) action.getOrDefault("outputs", Map.of());
    declared.forEach(
        (name, spec) ->
            outputs.put(name, evaluate(String.valueOf(spec.get("value")), inputs, stepOutputs)));
    return new Run(done, outputs);
  }

  private Map<String, String> evaluateAll(
      Map<String, Object> values,
      Map<String, String> inputs,
      Map<String, Map<String, String>> steps) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, evaluate(String.valueOf(v), inputs, steps)));
    return out;
  }

  private String evaluate(
      String text, Map<String, String> inputs, Map<String, Map<String, String>> steps) {
    Matcher m = EXPRESSION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), inputs, steps)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String value(
      String expression, Map<String, String> inputs, Map<String, Map<String, String>> steps) {
    if (expression.startsWith("inputs.")) {
      return inputs.getOrDefault(expression.substring(7), "");
    }
    if (expression.equals("github.action_path")) {
      return actionPath.toString();
    }
    Matcher step = Pattern.compile("steps\\.([\\w-]+)\\.outputs\\.([\\w-]+)").matcher(expression);
    if (step.matches()) {
      return steps.getOrDefault(step.group(1), Map.of()).getOrDefault(step.group(2), "");
    }
    throw new IllegalArgumentException("the harness does not know the expression " + expression);
  }

  private boolean condition(
      String text, Map<String, String> inputs, Map<String, Map<String, String>> steps) {
    Matcher m = CONDITION.matcher(text.replace("${{", "").replace("}}", "").strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("the harness does not know the condition " + text);
    }
    boolean equal = value(m.group(1), inputs, steps).equals(m.group(3));
    return m.group(2).equals("==") == equal;
  }

  private Step uses(String name, String uses, Map<String, String> with) throws IOException {
    if (uses.startsWith("actions/setup-java@")) {
      if (with.containsKey("cache")) {
        String pattern = with.get("cache").equals("maven") ? "**/pom.xml" : "**/*.gradle*";
        boolean found;
        try (var files = Files.walk(workspace)) {
          found = files.anyMatch(p -> p.getFileName().toString().equals("pom.xml"));
        }
        if (!found) {
          return new Step(
              name,
              1,
              "Error: No file in "
                  + workspace
                  + " matched to ["
                  + pattern
                  + "], make sure you have checked out the target repository",
              Map.of(),
              "");
        }
      }
      return new Step(name, 0, "", Map.of(), "");
    }
    if (uses.startsWith("actions/cache@")) {
      Path path = Path.of(with.get("path"));
      Path stored = warmJar;
      if (stored != null) {
        Files.createDirectories(path.getParent());
        Files.copy(stored, path, StandardCopyOption.REPLACE_EXISTING);
      }
      return new Step(name, 0, "", Map.of("cache-hit", String.valueOf(stored != null)), "");
    }
    throw new IllegalArgumentException("the harness cannot stand in for " + uses);
  }

  @SuppressWarnings("unchecked")
  private Step runStep(
      int index,
      String name,
      Map<String, Object> step,
      Map<String, String> inputs,
      Map<String, Map<String, String>> steps)
      throws IOException, InterruptedException {
    Path script = temp.resolve("step" + index + ".sh");
    Path output = temp.resolve("output" + index);
    Path summary = temp.resolve("summary" + index);
    Files.writeString(script, evaluate(String.valueOf(step.get("run")), inputs, steps));
    Files.writeString(output, "");
    Files.writeString(summary, "");
    String dir =
        step.containsKey("working-directory")
            ? evaluate(String.valueOf(step.get("working-directory")), inputs, steps)
            : ".";
    ProcessBuilder pb =
        new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
            .directory(workspace.resolve(dir).toFile())
            .redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_ACTION_PATH", actionPath.toString());
    env.put("GITHUB_WORKSPACE", workspace.toString());
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("RUNNER_TEMP", temp.toString());
    env.putAll(
        evaluateAll((Map<String, Object>) step.getOrDefault("env", Map.of()), inputs, steps));
    Process process = pb.start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("step " + name + " did not finish");
    }
    Map<String, String> outputs = new HashMap<>();
    for (String line : Files.readAllLines(output)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        outputs.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return new Step(name, process.exitValue(), text, outputs, Files.readString(summary));
  }
}
