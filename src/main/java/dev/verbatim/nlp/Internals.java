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

  /**
   * Sets the field {@code name} that {@code owner} declares, in {@code target}, which must not be
   * final: Verbatim never writes CoreNLP's final fields (JDK 26 warns about it, later JDKs refuse).
   *
   * @throws ReflectiveOperationException if the field is missing or cannot be written
   * @throws IllegalStateException if the field is final
   */
  static void set(Class<?> owner, String name, Object target, Object value)
      throws ReflectiveOperationException {
    Field f = field(owner, name);
    if (Modifier.isFinal(f.getModifiers())) {
      throw new IllegalStateException(owner.getSimpleName() + "." + name + " is final");
    }
    f.set(target, value);
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
   * superclasses declare that is not final: {@code to}, built by a constructor of its own (which
   * sets the final fields), then holds the same model as {@code from}. Final fields are never
   * written; each one must be named in {@code setByConstructor}, and its value in {@code to} must
   * be of the same class as in {@code from}.
   *
   * @param setByConstructor the final fields the constructor of {@code to} sets as CoreNLP's does
   * @throws IllegalAccessException if a field cannot be copied
   * @throws IllegalStateException if a final field is not named or differs in class
   */
  static void copyMutableFields(Class<?> top, Object from, Object to,
      java.util.Set<String> setByConstructor) throws IllegalAccessException {
    for (Field f : allFields(top)) {
      int modifiers = f.getModifiers();
      if (Modifier.isStatic(modifiers)) {
        continue;
      }
      f.setAccessible(true);
      if (Modifier.isFinal(modifiers)) {
        Object a = f.get(from);
        Object b = f.get(to);
        if (!setByConstructor.contains(f.getName())
            || (a == null ? b != null : b == null || a.getClass() != b.getClass())) {
          throw new IllegalStateException("final field " + f.getDeclaringClass().getSimpleName()
              + "." + f.getName() + " is not set by the constructor as in CoreNLP's object");
        }
        continue;
      }
      f.set(to, f.get(from));
    }
  }
}
