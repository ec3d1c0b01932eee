package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a bare {@code java -jar} runs pm again with the launchers' heap. The memory it saves is
 * measured end to end in {@code .ci/e2e.sh} (five hostile 1 MiB files, peak RSS).
 */
class BoundedHeapTest {

  private static boolean heapLeftToTheJvm() {
    VMOption.Origin origin =
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
            .getVMOption("MaxHeapSize")
            .getOrigin();
    return (origin == VMOption.Origin.ERGONOMIC || origin == VMOption.Origin.DEFAULT)
        && Runtime.getRuntime().maxMemory() > BoundedHeap.MAX_HEAP_BYTES
        && System.getenv("PM_JAVA_OPTS") == null;
  }

  @Test
  void lintAndStatsRunInAChildWithTheLaunchersHeapWhenNobodyChoseOne() {
    assumeTrue(heapLeftToTheJvm(), "this JVM's heap was chosen or is small");
    for (String command : List.of("lint", "stats")) {
      List<String> child = BoundedHeap.childCommand(new String[] {command, "a b.md"}).orElseThrow();
      assertThat(child).contains("-Xmx1024m", "-D" + BoundedHeap.CHILD_PROPERTY + "=1");
      assertThat(child.subList(child.size() - 3, child.size()))
          .containsExactly(Main.class.getName(), command, "a b.md");
    }
  }

  @Test
  void otherCommandsAndTheChildItselfRunHere() {
    assertThat(BoundedHeap.childCommand(new String[] {"new", "Title"})).isEmpty();
    assertThat(BoundedHeap.childCommand(new String[0])).isEmpty();
    System.setProperty(BoundedHeap.CHILD_PROPERTY, "1");
    try {
      assertThat(BoundedHeap.childCommand(new String[] {"lint"})).isEmpty();
    } finally {
      System.clearProperty(BoundedHeap.CHILD_PROPERTY);
    }
  }
}
