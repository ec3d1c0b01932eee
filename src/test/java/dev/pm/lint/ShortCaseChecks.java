package dev.pm.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The check behind "every registered rule has short cases that find and that pass": the short-case
 * test classes are run, and every {@link RuleTester} check that passes is counted for the rule it
 * is about. Running them, rather than reading their source, means a case counts only if it really
 * gives the findings it marks.
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
   * Runs every {@code @Test} method of {@code classes} and gives the rule tester checks that
   * passed. A method that fails adds no run (its own test reports why).
   */
  static List<RuleTester.Run> runs(List<Class<?>> classes) {
    List<RuleTester.Run> runs = new ArrayList<>();
    for (Class<?> type : classes) {
      List<Method> tests =
          Stream.of(type.getDeclaredMethods())
              .filter(m -> m.isAnnotationPresent(Test.class))
              .sorted(Comparator.comparing(Method::getName))
              .toList();
      for (Method test : tests) {
        List<RuleTester.Run> ofThisTest = new ArrayList<>();
        try {
          var constructor = type.getDeclaredConstructor();
          constructor.setAccessible(true);
          Object instance = constructor.newInstance();
          test.setAccessible(true);
          RuleTester.recording(ofThisTest::add, () -> invoke(test, instance));
          runs.addAll(ofThisTest);
        } catch (AssertionError | RuntimeException e) {
          // the test's own run reports the failure
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot run " + type.getName() + "." + test.getName(), e);
        }
      }
    }
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

  private static void invoke(Method test, Object instance) {
    try {
      test.invoke(instance);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
