package dev.pm.cache;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * A record class as the cache codec sees it: its components by position and name, how to read each,
 * and its canonical constructor. Looked up once per class and run.
 */
final class RecordType {

  private static final ClassValue<RecordType> TYPES =
      new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
          return new RecordType(type);
        }
      };

  private final Class<?> type;
  private final String[] names;
  private final Type[] types;
  private final Method[] accessors;
  private final Map<String, Integer> indexes = new HashMap<>();
  private final Constructor<?> constructor;

  private RecordType(Class<?> type) {
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    names = new String[components.length];
    types = new Type[components.length];
    accessors = new Method[components.length];
    Class<?>[] raw = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
      types[i] = components[i].getGenericType();
      accessors[i] = components[i].getAccessor();
      accessors[i].setAccessible(true);
      raw[i] = components[i].getType();
      indexes.put(names[i], i);
    }
    try {
      constructor = type.getDeclaredConstructor(raw);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record always has its canonical constructor", e);
    }
  }

  static RecordType of(Class<?> type) {
    return TYPES.get(type);
  }

  int size() {
    return names.length;
  }

  String name(int index) {
    return names[index];
  }

  Type type(int index) {
    return types[index];
  }

  /** The component's position, or -1 when the record has no component of that name. */
  int index(String name) {
    Integer index = indexes.get(name);
    return index == null ? -1 : index;
  }

  Object get(Object record, int index) throws IOException {
    try {
      return accessors[index].invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IOException("cannot read " + type.getSimpleName() + "." + names[index], e);
    }
  }

  /**
   * A record of these component values; a value the record refuses (its constructor checks) makes
   * the entry unreadable.
   */
  Object make(Object[] values) throws IOException {
    try {
      return constructor.newInstance(values);
    } catch (InstantiationException
        | IllegalAccessException
        | InvocationTargetException
        | IllegalArgumentException e) {
      throw new IOException("cannot make a " + type.getSimpleName() + " from the cache", e);
    }
  }
}
