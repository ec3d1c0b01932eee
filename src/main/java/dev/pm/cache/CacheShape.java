package dev.pm.cache;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.TreeSet;

/**
 * A description of every record a cache entry holds, down to its leaves: each record's components
 * with their types, each enum's constants. It goes into the cache key, so when a record gains,
 * loses or retypes a field (the reading layer grows), entries written before no longer match and
 * are read again, never deserialised with the new field missing.
 */
public final class CacheShape {

  private CacheShape() {}

  /** The shape of {@code root} and of every record and enum it reaches. */
  public static String of(Class<?> root) {
    Set<String> lines = new TreeSet<>();
    visit(root, lines, new java.util.HashSet<>());
    return String.join("\n", lines);
  }

  private static void visit(Type type, Set<String> lines, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      visit(p.getRawType(), lines, seen);
      for (Type argument : p.getActualTypeArguments()) {
        visit(argument, lines, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> c)) {
      return;
    }
    if (c.isRecord()) {
      StringBuilder line = new StringBuilder(c.getName()).append('(');
      for (RecordComponent component : c.getRecordComponents()) {
        line.append(component.getName())
            .append(' ')
            .append(component.getGenericType().getTypeName())
            .append(';');
        visit(component.getGenericType(), lines, seen);
      }
      lines.add(line.append(')').toString());
    } else if (c.isEnum()) {
      StringBuilder line = new StringBuilder(c.getName()).append('{');
      for (Object constant : c.getEnumConstants()) {
        line.append(((Enum<?>) constant).name()).append(',');
      }
      lines.add(line.append('}').toString());
    } else if (!c.isPrimitive() && !c.getName().startsWith("java.")) {
      // Not a record: the cache cannot know what it holds, so it must not be carried silently.
      throw new IllegalArgumentException(
          "the result cache carries records and enums only, not " + c.getName());
    }
  }
}
