package dev.pm.yaml;

import dev.pm.model.Location;

/** One key of a YAML mapping, with where the key stands, and its value. */
public record YamlEntry(String key, Location keyAt, YamlNode value) {}
