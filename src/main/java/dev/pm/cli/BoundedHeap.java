package dev.pm.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs pm again in a JVM with a bounded heap when a bare {@code java -jar pm.jar lint|stats} left
 * the heap to the JVM's own sizing.
 *
 * <p>Rationale (issue 16, measured with GC logs and NMT): on a hostile or just large file the live
 * heap stays small (a 1 MiB line of {@code *_} needs under 150 MiB; {@code -Xmx150m} finishes it),
 * but a default JVM may grow its heap to a quarter of RAM and G1 grew it to 3.8 to 4.9 GB
 * committed, so one 1 MiB file reached 0.7 to 1.4 GB of resident memory and four of them 2.1 GB.
 * The launchers pass {@code -XX:+UseSerialGC -Xmx1g}; a jar cannot set its own JVM's heap, so when
 * nobody chose a heap size (origin "ergonomic" or "default") and the default is larger than the
 * bound, the reading commands are run in a child JVM with the launchers' options, its standard
 * streams and exit code passed through. {@code PM_JAVA_OPTS} or any {@code -Xmx} turns this off.
 */
final class BoundedHeap {

  /** The launchers' bound: pm's working set is far below it for any real post-mortem. */
  static final long MAX_HEAP_BYTES = 1L << 30;

  static final String CHILD_PROPERTY = "pm.boundedHeap";

  private BoundedHeap() {}

  /**
   * The child JVM's command line, or empty when this JVM should run {@code args} itself: the heap
   * was chosen by someone, is already within the bound, this is the child, or the command reads no
   * files.
   */
  static Optional<List<String>> childCommand(String[] args) {
    if (args.length == 0 || !(args[0].equals("lint") || args[0].equals("stats"))) {
      return Optional.empty();
    }
    if (System.getProperty(CHILD_PROPERTY) != null || System.getenv("PM_JAVA_OPTS") != null) {
      return Optional.empty();
    }
    // The launchers pass -Xmx1g: then the heap is within the bound and the management classes
    // (about 35 classes outside the class-data archive, and their set-up) are never loaded.
    if (Runtime.getRuntime().maxMemory() <= MAX_HEAP_BYTES) {
      return Optional.empty();
    }
    VMOption heap;
    try {
      heap =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
              .getVMOption("MaxHeapSize");
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    boolean chosen =
        heap.getOrigin() != VMOption.Origin.DEFAULT
            && heap.getOrigin() != VMOption.Origin.ERGONOMIC;
    if (chosen) {
      return Optional.empty();
    }
    Optional<String> java = ProcessHandle.current().info().command();
    String classPath = System.getProperty("java.class.path", "");
    if (java.isEmpty() || classPath.isEmpty() || !Files.isExecutable(Path.of(java.get()))) {
      return Optional.empty();
    }
    List<String> inputArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.addAll(inputArguments);
    if (inputArguments.stream().noneMatch(a -> a.matches("-XX:[+]Use\\w*GC"))) {
      command.add("-XX:+UseSerialGC");
    }
    command.add("-Xmx" + (MAX_HEAP_BYTES >> 20) + "m");
    command.add("-D" + CHILD_PROPERTY + "=1");
    command.add("-cp");
    command.add(classPath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /**
   * Runs the child with this process's standard streams and returns its exit code, or empty when it
   * could not be started (this JVM then runs the command itself).
   */
  static Optional<Integer> run(List<String> command) {
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
    // Ctrl-C or a CI runner's SIGTERM ends this JVM; the child must not outlive it.
    Thread stop = new Thread(child::destroy, "pm-bounded-heap-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    while (true) {
      try {
        return Optional.of(child.waitFor());
      } catch (InterruptedException e) {
        child.destroy();
      }
    }
  }
}
