package net.orderbridge.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.junit.jupiter.api.Test;

class OdooGatewayTest {

  @Test
  void onlyOutagesCountTowardsOpeningTheCircuit() {
    CircuitBreaker breaker = OdooGateway.class.getAnnotation(CircuitBreaker.class);

    assertThat(breaker.skipOn())
        .as("answers and values we could not map say nothing about Odoo's health")
        .contains(OdooRejectedException.class, OdooMappingException.class)
        .doesNotContain(OdooUnavailableException.class);
  }
}
