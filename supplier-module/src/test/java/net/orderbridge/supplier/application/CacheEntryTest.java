package net.orderbridge.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.orderbridge.shared.domain.ProductId;
import net.orderbridge.shared.domain.SupplierId;
import org.junit.jupiter.api.Test;

/** Cache keys are unique across kinds and read back into the entry they name. */
class CacheEntryTest {

  @Test
  void everyKindOfEntryReadsBackFromItsKey() {
    SupplierId supplier = SupplierId.random();
    ProductId product = ProductId.random();

    for (CacheEntry<?> entry :
        new CacheEntry<?>[] {
          CacheEntry.supplier(supplier),
          CacheEntry.product(product),
          CacheEntry.supplierIdOf(8),
          CacheEntry.productIdOf(8)
        }) {
      assertThat(CacheEntry.ofKey(entry.key())).isEqualTo(entry);
    }
    assertThat(CacheEntry.supplier(supplier).key()).isEqualTo("supplier:" + supplier);
    assertThat(CacheEntry.supplierIdOf(8).key()).isNotEqualTo(CacheEntry.productIdOf(8).key());
  }

  @Test
  void anIdThatCouldNotBeReadBackIsRefused() {
    assertThatThrownBy(() -> new CacheEntry<>(CacheEntry.Kind.PRODUCT, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CacheEntry<>(CacheEntry.Kind.PRODUCT, "a|b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CacheEntry.ofKey("product"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
