package dev.pm.model;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One timeline entry.
 *
 * @param timeText the entry's text from its time on: a table's time cell, or the whole text of a
 *     bullet, line or heading that starts with a time (the stats read it for words such as
 *     "resolved"; {@code TimeReader.leadingTime} gives the time alone)
 * @param time the time when the text (with a date given earlier in the timeline) reads as one
 * @param event what happened
 */
public record TimelineEntry(
    String timeText, Optional<LocalDateTime> time, String event, Location at) {}
