package dev.verbatim.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExchangeTurnsTest {
  @Test
  void findsSurnamesAddressedByTitle() {
    assertThat(ExchangeTurns.addressedSurnames("Dry weather, Ms Strand,")).containsExactly("strand");
    assertThat(ExchangeTurns.addressedSurnames("That is not quite an answer, Mrs Moss.")).containsExactly("moss");
    assertThat(ExchangeTurns.addressedSurnames("Mr Ferrant, that is for me to decide.")).containsExactly("ferrant");
    assertThat(ExchangeTurns.addressedSurnames("Thank you, Dr Anna Kowalczyk?")).containsExactly("kowalczyk");
  }

  @Test
  void aNameInsideTheSentenceIsNotAnAddress() {
    assertThat(ExchangeTurns.addressedSurnames("I spoke to Mr Ferrant about it yesterday.")).isEmpty();
    assertThat(ExchangeTurns.addressedSurnames("Ms Strand's agency failed us")).isEmpty();
    assertThat(ExchangeTurns.addressedSurnames("We told Dr Patel and the board")).isEmpty();
  }
}
