package dev.pm.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The check behind "every registered rule has short cases that find and that pass": the short-case
 * test classes are run, and every {@link RuleTester} check that passes is counted for the rule it
 * is about, including each case of a {@code @ParameterizedTest}. Running them, rather than reading
 * their source, means a case counts only if it really gives the findings it marks.
 */
final class ShortCaseChecks {

  private ShortCaseChecks() {}

  /** The compiled test classes in {@code package} whose names end in {@code Test}. */
  static List<Class<?>> testClasses(Path classesRoot, String packageName) {
    Path folder = classesRoot.resolve(packageName.replace('.', '/'));
    try (Stream<Path> files = Files.list(folder)) {
      List<Class<?>> classes = new ArrayList<>();
      for (Path p :
          files.filter(p -> p.getFileName().toString().endsWith("Test.class")).sorted().toList()) {
        String simple = p.getFileName().toString().replace(".class", "");
        classes.add(Class.forName(packageName + "." + simple));
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@code classes} through the JUnit platform, as JUnit itself would (plain, parameterized,
   * repeated and nested tests, each invocation on its own), and gives the rule tester checks of
   * every invocation that passed. One that fails adds no run (its own test reports why).
   */
  static List<RuleTester.Run> runs(List<Class<?>> classes) {
    List<RuleTester.Run> runs = new ArrayList<>();
    List<RuleTester.Run> current = new ArrayList<>();
    TestExecutionListener perInvocation =
        new TestExecutionListener() {
          @Override
          public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
              current.clear();
            }
          }

          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
              runs.addAll(current);
            }
            if (test.isTest()) {
              current.clear();
            }
          }
        };
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(classes.stream().map(DiscoverySelectors::selectClass).toList())
            .build();
    // The platform runs the tests on this thread, where RuleTester reports each check it makes.
    RuleTester.recording(
        current::add, () -> LauncherFactory.create().execute(request, perInvocation));
    return runs;
  }

  /**
   * Every rule in {@code registry} but PM000 (a bug in pm: no document triggers it on purpose) has
   * a passing short case that finds it and one in which it finds nothing.
   */
  static List<String> coverage(List<RuleInfo> registry, List<RuleTester.Run> runs) {
    List<String> drift = new ArrayList<>();
    for (RuleInfo rule : registry) {
      String id = rule.id().value();
      if (rule.id().equals(Linter.INTERNAL_ERROR.id())) {
        continue;
      }
      if (runs.stream().noneMatch(r -> r.rule().equals(id) && r.finds())) {
        drift.add(id + " has no short case (RuleTester) in which it finds");
      }
      if (runs.stream().noneMatch(r -> r.rule().equals(id) && !r.finds())) {
        drift.add(id + " has no short case (RuleTester) that it passes");
      }
    }
    return drift;
  }
}
