package net.orderbridge.purchaseorder.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The use cases take their ports through an {@code @Inject} constructor; CDI's client proxy of an
 * {@code @ApplicationScoped} bean needs a non-private no-argument constructor beside it, and a
 * final class cannot be proxied at all: the deployment would fail.
 */
class CdiConstructorsTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        ApplyRemoteOrderChanges.class,
        OrderInputResolver.class,
        OrderSyncStates.class,
        PlaceOnce.class,
        PurchaseOrderQueries.class,
        PurchaseOrderService.class
      })
  void anApplicationScopedUseCaseCanBeProxied(Class<?> useCase) throws Exception {
    assertThat(useCase.isAnnotationPresent(ApplicationScoped.class)).isTrue();
    assertThat(Modifier.isFinal(useCase.getModifiers())).isFalse();
    Constructor<?> forProxies = useCase.getDeclaredConstructor();

    assertThat(Modifier.isPrivate(forProxies.getModifiers())).isFalse();
    assertThat(forProxies.newInstance()).isInstanceOf(useCase);
  }

  /** The infrastructure produces the limits as an {@code @ApplicationScoped} bean: proxied too. */
  @org.junit.jupiter.api.Test
  void theProducedInputLimitsCanBeProxied() throws Exception {
    assertThat(Modifier.isFinal(OrderInputLimits.class.getModifiers())).isFalse();
    Constructor<?> forProxies = OrderInputLimits.class.getDeclaredConstructor();

    assertThat(Modifier.isPrivate(forProxies.getModifiers())).isFalse();
  }
}
