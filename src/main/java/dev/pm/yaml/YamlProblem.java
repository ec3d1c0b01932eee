package dev.pm.yaml;

import dev.pm.model.Location;

/**
 * Something in a YAML text that pm refuses (bad syntax, a duplicate key, an anchor, a limit), with
 * where it is; each reader decides what it becomes (a diagnostic on a post-mortem, an error in a
 * configuration file).
 */
public record YamlProblem(Location at, String message) {}
