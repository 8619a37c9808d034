package net.orderbridge.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleAuthorizationFilterTest {
  private static final Set<String> AUDITOR = Set.of("auditor");

  @RolesAllowed("sync-operator")
  static class OperatorsResource {
    public void inherited() {}

    @RolesAllowed("auditor")
    public void forAuditors() {}

    @PermitAll
    public void forAnybody() {}

    @DenyAll
    public void forNobody() {}
  }

  static class SilentResource {
    public void undeclared() {}
  }

  @Test
  void aMethodThatDeclaresNothingIsOpenToNobody() {
    assertThat(refusal(SilentResource.class, "undeclared", Set.of("purchaser", "auditor")))
        .contains("This operation is open to nobody.");
  }

  @Test
  void theClassRolesApplyToAMethodWithoutItsOwn() {
    assertThat(refusal(OperatorsResource.class, "inherited", AUDITOR))
        .contains("This operation needs one of the roles sync-operator.");
    assertThat(refusal(OperatorsResource.class, "inherited", Set.of("sync-operator"))).isEmpty();
  }

  @Test
  void theMethodsOwnDeclarationWinsOverItsClass() {
    assertThat(refusal(OperatorsResource.class, "forAuditors", AUDITOR)).isEmpty();
    assertThat(refusal(OperatorsResource.class, "forAnybody", Set.of())).isEmpty();
    assertThat(refusal(OperatorsResource.class, "forNobody", Set.of("sync-operator")))
        .contains("This operation is open to nobody.");
  }

  private static Optional<String> refusal(Class<?> resource, String method, Set<String> roles) {
    try {
      Method m = resource.getMethod(method);
      return RoleAuthorizationFilter.refusal(m, resource, roles::contains);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
