package net.orderbridge.sync.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import net.orderbridge.shared.error.ApplicationProblem;
import net.orderbridge.sync.fixture.RecordedEvents;
import net.orderbridge.sync.fixture.RecordedOrderAudit;
import net.orderbridge.sync.fixture.RecordedOrderAudit.Note;
import org.junit.jupiter.api.Test;

/**
 * The operator's dead letters through {@link DeadLetters}: what goes back in line, the audit entry
 * each revived order gets, and the event that tells listeners how many were retried.
 */
class DeadLettersTest {
  private final OperatorOutbox outbox = new OperatorOutbox();
  private final RecordedEvents<DeadLettersRetried> retried = new RecordedEvents<>();
  private final RecordedOrderAudit audit = new RecordedOrderAudit();
  private final DeadLetters deadLetters = new DeadLetters(outbox, retried, audit);

  @Test
  void theListIsCappedBetweenOneAndAThousandWithAHundredByDefault() {
    UUID order = UUID.randomUUID();
    OutboxMessage first = outbox.dead(order, "BUSINESS");
    outbox.dead(order, "PERMANENT");

    assertThat(deadLetters.list(1)).containsExactly(first);
    deadLetters.list(null);
    deadLetters.list(0);
    deadLetters.list(5000);

    assertThat(outbox.limits).containsExactly(1, 100, 1, 1000);
  }

  @Test
  void retryingEveryDeadLetterRevivesAllNotesEachOrderAndTellsHowMany() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    outbox.dead(a, "BUSINESS");
    outbox.dead(b, "TRANSIENT");

    assertThat(deadLetters.retryAll(null)).isEqualTo(2);

    assertThat(outbox.dead).isEmpty();
    assertThat(audit.notes)
        .containsExactly(
            new Note(a, DeadLetters.RETRIED, "every dead letter put back in line"),
            new Note(b, DeadLetters.RETRIED, "every dead letter put back in line"));
    assertThat(retried.fired).containsExactly(new DeadLettersRetried(null, 2));
  }

  @Test
  void retryingOneErrorTypeLeavesTheOthersDead() {
    UUID refused = UUID.randomUUID();
    UUID broken = UUID.randomUUID();
    outbox.dead(refused, "BUSINESS");
    OutboxMessage stays = outbox.dead(broken, "PERMANENT");

    assertThat(deadLetters.retryAll("BUSINESS")).isEqualTo(1);

    assertThat(outbox.dead).containsExactly(stays);
    assertThat(audit.notes)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.orderId()).isEqualTo(refused);
              assertThat(n.detail()).contains("error type BUSINESS");
            });
    assertThat(retried.fired).containsExactly(new DeadLettersRetried("BUSINESS", 1));
  }

  @Test
  void retryingWhenNothingIsDeadNotesNothingAndTellsNobody() {
    assertThat(deadLetters.retryAll("TRANSIENT")).isZero();

    assertThat(audit.notes).isEmpty();
    assertThat(retried.fired).isEmpty();
  }

  @Test
  void anUnknownErrorTypeIsRefusedBeforeAnythingIsRevived() {
    outbox.dead(UUID.randomUUID(), "BUSINESS");

    assertThatThrownBy(() -> deadLetters.retryAll("BUSNESS"))
        .isInstanceOf(ApplicationProblem.class)
        .hasMessageContaining("errorType must be one of")
        .satisfies(p -> assertThat(((ApplicationProblem) p).field()).isEqualTo("errorType"));
    assertThat(outbox.dead).hasSize(1);
    assertThat(retried.fired).isEmpty();
  }

  @Test
  void retryingOneDeadLetterRevivesItAndNotesItsOrder() {
    UUID order = UUID.randomUUID();
    OutboxMessage letter = outbox.dead(order, "BUSINESS");

    deadLetters.retry(letter.id());

    assertThat(outbox.revived).containsExactly(letter);
    assertThat(audit.notes)
        .containsExactly(
            new Note(
                order, DeadLetters.RETRIED, "dead letter " + letter.id() + " put back in line"));
    assertThat(retried.fired).as("one letter tells nobody").isEmpty();
  }

  @Test
  void retryingADeadLetterThatIsNotThereIsNotFound() {
    assertThatThrownBy(() -> deadLetters.retry(42))
        .isInstanceOf(ApplicationProblem.class)
        .hasMessage("No dead letter 42");
    assertThat(audit.notes).isEmpty();
  }
}
