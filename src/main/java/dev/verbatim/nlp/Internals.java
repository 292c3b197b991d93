package dev.verbatim.nlp;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Reflective access to CoreNLP's private fields, which this package's faster versions of
 * CoreNLP's classes read and copy (CoreNLP 4.5.10 exposes no other way). Callers turn a failure
 * into CoreNLP's own behaviour or a clear error.
 */
final class Internals {
  private Internals() {}

  /**
   * The field {@code name} that {@code owner} declares, made accessible.
   *
   * @throws NoSuchFieldException if {@code owner} has no such field (another CoreNLP layout)
   */
  static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /**
   * The value of the field {@code name} that {@code owner} declares, in {@code target}.
   *
   * @throws ReflectiveOperationException if the field is missing or cannot be read
   */
  static Object get(Class<?> owner, String name, Object target)
      throws ReflectiveOperationException {
    return field(owner, name).get(target);
  }

  /** Every field {@code c} and its superclasses declare, below {@code Object}. */
  static List<Field> allFields(Class<?> c) {
    List<Field> out = new ArrayList<>();
    for (; c != null && c != Object.class; c = c.getSuperclass()) {
      out.addAll(List.of(c.getDeclaredFields()));
    }
    return out;
  }

  /**
   * Copies, from {@code from} to {@code to}, every instance field that {@code top} and its
   * superclasses declare: a subclass instance then holds the same model as CoreNLP's object.
   *
   * @throws IllegalAccessException if a field cannot be copied
   */
  static void copyFields(Class<?> top, Object from, Object to) throws IllegalAccessException {
    for (Field f : allFields(top)) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      f.setAccessible(true);
      f.set(to, f.get(from));
    }
  }
}
