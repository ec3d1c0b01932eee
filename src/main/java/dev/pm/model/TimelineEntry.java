package dev.pm.model;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One timeline entry.
 *
 * @param timeText the time as written
 * @param time the time when the text (with a date given earlier in the timeline) reads as one
 * @param event what happened
 */
public record TimelineEntry(
    String timeText, Optional<LocalDateTime> time, String event, Location at) {}
