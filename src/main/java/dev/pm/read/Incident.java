package dev.pm.read;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a post-mortem says about its incident.
 *
 * @param id the front matter id, else the file name without {@code .md}
 * @param title the front matter title, else the first level-1 heading, else the file name
 * @param date the incident date: front matter, else the file name, else the title, else the first
 *     dated timeline entry
 * @param severity as written, empty when none is stated
 * @param status the document's status (draft, final...), empty when none is stated
 */
public record Incident(
    String id, String title, Optional<LocalDate> date, String severity, String status) {}
