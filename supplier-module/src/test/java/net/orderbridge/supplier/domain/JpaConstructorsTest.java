package net.orderbridge.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import net.orderbridge.supplier.domain.price.SupplierPrice;
import net.orderbridge.supplier.domain.product.Product;
import net.orderbridge.supplier.domain.supplier.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JPA makes the mirrored records through a no-argument constructor, which must not be public (the
 * domain makes them through {@code mirror(...)} only). An instance made that way holds nothing yet.
 */
class JpaConstructorsTest {

  @ParameterizedTest
  @ValueSource(classes = {Supplier.class, Product.class, SupplierPrice.class})
  void jpaCanMakeAnEmptyRecordThatTheDomainCannot(Class<?> entity) throws Exception {
    Constructor<?> constructor = entity.getDeclaredConstructor();

    assertThat(Modifier.isProtected(constructor.getModifiers())).isTrue();
    constructor.setAccessible(true);
    Object empty = constructor.newInstance();
    assertThat(((net.orderbridge.supplier.domain.mirror.OdooMirrored<?>) empty).odooWriteDate())
        .isEmpty();
  }
}
