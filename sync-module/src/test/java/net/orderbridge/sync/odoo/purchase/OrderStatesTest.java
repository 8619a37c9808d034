package net.orderbridge.sync.odoo.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.orderbridge.purchaseorder.api.OrderState;
import net.orderbridge.sync.odoo.OdooMappingException;
import org.junit.jupiter.api.Test;

class OrderStatesTest {

  @Test
  void odoosStatesReadAsOursAndDoneIsAConfirmedOrder() {
    assertThat(OrderStates.local("draft")).isEqualTo(OrderState.DRAFT);
    assertThat(OrderStates.local("sent")).isEqualTo(OrderState.SENT);
    assertThat(OrderStates.local("To Approve")).isEqualTo(OrderState.TO_APPROVE);
    assertThat(OrderStates.local("purchase")).isEqualTo(OrderState.PURCHASE);
    assertThat(OrderStates.local("done")).isEqualTo(OrderState.PURCHASE);
    assertThat(OrderStates.local("cancel")).isEqualTo(OrderState.CANCELLED);
  }

  @Test
  void anUnknownOdooStateIsAMappingErrorNotAGuess() {
    assertThatThrownBy(() -> OrderStates.local("approved"))
        .isInstanceOf(OdooMappingException.class)
        .hasMessageContaining("approved");
  }

  @Test
  void ourStatesGoBackUnderOdoosNames() {
    assertThat(OrderStates.odoo("DRAFT")).isEqualTo("draft");
    assertThat(OrderStates.odoo("SENT")).isEqualTo("sent");
    assertThat(OrderStates.odoo("TO_APPROVE")).isEqualTo("to approve");
    assertThat(OrderStates.odoo("PURCHASE")).isEqualTo("purchase");
    assertThat(OrderStates.odoo("CANCELLED")).isEqualTo("cancel");
    assertThat(OrderStates.odoo("DONE")).isEqualTo("done");
  }
}
