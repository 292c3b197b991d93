package dev.verbatim.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The package never writes a final field: JDK 26 warns about it and later JDKs refuse. */
class InternalsTest {
  @SuppressWarnings("unused")
  private static class Model {
    final String name;
    int size;

    Model(String name, int size) {
      this.name = name;
      this.size = size;
    }
  }

  @Test
  void setRefusesAFinalField() {
    Model m = new Model("a", 1);
    assertThatThrownBy(() -> Internals.set(Model.class, "name", m, "b"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("name is final");
    assertThat(m.name).isEqualTo("a");
  }

  @Test
  void copyingAModelCopiesTheMutableFieldsAndLeavesTheFinalOnesToTheConstructor()
      throws Exception {
    Model from = new Model("a", 7);
    Model to = new Model("b", 0);

    Internals.copyMutableFields(Model.class, from, to, Set.of("name"));

    assertThat(to.size).isEqualTo(7);
    assertThat(to.name).isEqualTo("b");
  }

  @Test
  void aFinalFieldTheConstructorIsNotKnownToSetStopsTheCopy() {
    assertThatThrownBy(() -> Internals.copyMutableFields(Model.class, new Model("a", 7),
        new Model("b", 0), Set.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Model.name");
  }
}
