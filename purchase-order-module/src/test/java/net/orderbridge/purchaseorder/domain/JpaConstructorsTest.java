package net.orderbridge.purchaseorder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import net.orderbridge.purchaseorder.domain.audit.AuditEntry;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderLine;
import net.orderbridge.purchaseorder.domain.purchaseorder.OrderStatus;
import net.orderbridge.purchaseorder.domain.purchaseorder.PurchaseOrder;
import net.orderbridge.purchaseorder.domain.syncstate.OrderSyncState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JPA makes entities and embeddables through a no-argument constructor, which must not be public:
 * the domain makes them through its factories ({@code place}, {@code pending}) only.
 */
class JpaConstructorsTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        PurchaseOrder.class,
        OrderLine.class,
        OrderStatus.class,
        AuditEntry.class,
        OrderSyncState.class
      })
  void jpaCanMakeAnEmptyInstanceThatTheDomainCannot(Class<?> type) throws Exception {
    Constructor<?> constructor = type.getDeclaredConstructor();

    assertThat(Modifier.isProtected(constructor.getModifiers())).isTrue();
    constructor.setAccessible(true);
    assertThat(constructor.newInstance()).isInstanceOf(type);
  }
}
