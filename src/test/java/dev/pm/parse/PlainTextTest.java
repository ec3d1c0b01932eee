package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.Paragraph;
import dev.pm.model.PostMortem;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A paragraph's plain text costs memory in proportion to its size: flexmark's text collector is
 * quadratic in the number of inline nodes, and a line of {@code a*} made it allocate gigabytes.
 * Work is counted as bytes allocated by the parsing thread, not timed.
 */
class PlainTextTest {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void manyEmphasisNodesInOneParagraphCostLinearMemory() {
    // 60 KB, 30,000 alternating text and emphasis nodes: 3.5 GB allocated before the fix.
    String markdown = "a*".repeat(30_000) + "\n";
    long before = THREADS.getCurrentThreadAllocatedBytes();
    PostMortem read = ParserTestSupport.parseHere(markdown);
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

    assertThat(read.problems()).isEmpty();
    assertThat(allocated).as("bytes allocated to read 60 KB").isLessThan(200L << 20);
    Paragraph paragraph = (Paragraph) read.root().blocks().get(0);
    assertThat(paragraph.text()).isEqualTo("a".repeat(30_000));
  }

  @Test
  void anOrdinaryParagraphKeepsFlexmarksText() {
    PostMortem read =
        ParserTestSupport.parseHere("Some *emphasis*, **strong**, `code` and [a link](x).\n");
    Paragraph paragraph = (Paragraph) read.root().blocks().get(0);
    assertThat(paragraph.text()).isEqualTo("Some emphasis, strong, code and a link.");
  }
}
