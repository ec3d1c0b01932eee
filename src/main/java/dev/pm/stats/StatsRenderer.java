package dev.pm.stats;

import java.io.PrintWriter;

/** Writes a stats result in one format. Pure: result in, text out. */
public interface StatsRenderer {
  void write(StatsResult result, PrintWriter out);
}
