package net.orderbridge.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture of ARCHITECTURE.md as rules, parameterised by the root package so that the same
 * rules run against the product and against deliberately bad fixtures (which they must reject).
 */
final class ArchitectureRules {
  /** The bounded contexts, each a top-level package under the root. */
  static final List<String> CONTEXTS = List.of("purchaseorder", "supplier", "sync");

  private ArchitectureRules() {}

  /**
   * No context reaches into another's internals: from outside, only a context's {@code api} package
   * (and, for the WAR that registers them, its {@code web} package) may be used. The shared kernel
   * depends on no context.
   */
  static ArchRule contextsUseOnlyEachOthersApi(String root) {
    List<ArchRule> rules = new ArrayList<>();
    for (String context : CONTEXTS) {
      String inside = root + "." + context + "..";
      rules.add(
          noClasses()
              .that()
              .resideOutsideOfPackages(inside, root + ".web..")
              .should()
              .dependOnClassesThat(
                  resideInAPackage(inside)
                      .and(not(resideInAPackage(root + "." + context + ".api.."))))
              .as(context + " is used from outside only through its api package"));
    }
    rules.add(
        noClasses()
            .that()
            .resideInAPackage(root + ".shared..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                CONTEXTS.stream().map(c -> root + "." + c + "..").toArray(String[]::new))
            .as("the shared kernel depends on no bounded context"));
    return CompositeArchRule.of(rules);
  }

  /**
   * Dependencies between contexts point one way: orders use suppliers, sync uses both, nobody uses
   * sync.
   */
  static ArchRule contextDependenciesPointOneWay(String root) {
    return CompositeArchRule.of(
            noClasses()
                .that()
                .resideInAPackage(root + ".supplier..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".purchaseorder..", root + ".sync.."))
        .and(
            noClasses()
                .that()
                .resideInAPackage(root + ".purchaseorder..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".sync.."))
        .as("purchaseorder -> supplier, sync -> both, never back");
  }

  /**
   * The domain layer is plain Java plus JPA mapping: no REST, EJB, MicroProfile or infrastructure.
   */
  static ArchRule domainIsFreeOfFrameworksAndInfrastructure(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".(*).domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "jakarta.ejb..",
            "jakarta.servlet..",
            "org.eclipse.microprofile..",
            root + ".(*).infrastructure..",
            root + ".(*).web..",
            root + ".(*).application..")
        .as("domain imports no JAX-RS, EJB, servlet, MicroProfile, application or infrastructure");
  }

  /** Use cases know the domain and its ports, never the REST layer or the adapters. */
  static ArchRule applicationIsFreeOfWebAndInfrastructure(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".(*).application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", root + ".(*).infrastructure..", root + ".(*).web..")
        .as("application imports no JAX-RS, web or infrastructure");
  }

  /**
   * Use cases reach the database and the platform's services through ports: no {@code
   * EntityManager} (the repositories' adapters hold it) and no MicroProfile API (configuration,
   * metrics, fault tolerance belong to the infrastructure, which hands the use case plain values).
   */
  static ArchRule applicationUsesNoEntityManagerOrMicroProfile(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".(*).application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.eclipse.microprofile..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.EntityManager")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.PersistenceContext")
        .as("application uses no EntityManager and no MicroProfile API directly");
  }

  /**
   * Deny by default: every JAX-RS resource method (an HTTP method or a sub-resource locator) says
   * who may call it, with {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll} on itself
   * or on its class (the Jakarta Security rule: the method's annotation wins over the class's). A
   * method that says nothing is refused at run time by the WAR's authorisation filter; this rule
   * catches it at build time, in every module including the WAR.
   */
  static ArchRule resourceMethodsDeclareTheirRoles(String root) {
    DescribedPredicate<JavaMethod> resourceMethods =
        DescribedPredicate.describe(
            "JAX-RS resource methods of " + root,
            method ->
                method.getOwner().getPackageName().startsWith(root + ".")
                    && (method.isMetaAnnotatedWith(HttpMethod.class)
                        || method.isAnnotatedWith(Path.class)));
    return methods()
        .that(resourceMethods)
        .should(declareWhoMayCallThem())
        .as(
            "every JAX-RS resource method declares its roles (@RolesAllowed, @PermitAll, @DenyAll)");
  }

  private static ArchCondition<JavaMethod> declareWhoMayCallThem() {
    return new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean declared = declaresRoles(method) || declaresRoles(method.getOwner());
        events.add(
            new SimpleConditionEvent(
                method,
                declared,
                method.getFullName() + (declared ? " declares" : " declares no") + " roles"));
      }
    };
  }

  /** The sync-module's packages by flow, as named in ARCHITECTURE.md and the README's Layout. */
  static final List<String> SYNC_FLOWS =
      List.of("push", "pull", "webhook", "conflict", "binding", "status", "alert");

  /**
   * No cycles between the sync-module's packages, each package (sub-packages of {@code odoo}
   * included) a slice of its own: {@code odoo} and its transports too.
   */
  static ArchRule syncPackagesAreFreeOfCycles(String root) {
    return slices()
        .matching(root + ".sync.(**)")
        .should()
        .beFreeOfCycles()
        .as("the sync-module's packages are free of cycles");
  }

  /**
   * The adapters of the flow packages: what the build's coverage gate of the flows ({@code
   * coverage-gate-sync-flows} in the parent pom) leaves to the integration tests. Everything else
   * in {@code push}, {@code pull}, {@code conflict} and {@code webhook} is a use case or a value,
   * gated at 95 % of lines by the unit tests; the same names must stay in both places.
   */
  static final String FLOW_ADAPTERS =
      "(Jpa|Jdbc)\\w*|\\w*(Resource|Timer|Metrics|Settings|Producer)|OutboxWriter|OwnClaims|PushOnStart";

  /**
   * The use cases of the flows do no I/O of their own: no JPA, no SQL, no JAX-RS, no EJB, no
   * metrics registry; those sit in the {@linkplain #FLOW_ADAPTERS adapters}, which the flows'
   * coverage gate excludes. So a new class that talks to the database under a use-case name is
   * caught here rather than slipping out of the gate or into it untested. (Exceptions of {@code
   * java.sql} may be classified anywhere.)
   */
  static ArchRule flowUseCasesDoNoIoThemselves(String root) {
    DescribedPredicate<JavaClass> adapters =
        DescribedPredicate.describe(
            "adapters named " + FLOW_ADAPTERS,
            c ->
                c.getName().replaceAll("\\$.*", "").replaceAll(".*\\.", "").matches(FLOW_ADAPTERS));
    DescribedPredicate<JavaClass> io =
        DescribedPredicate.describe(
            "JPA, SQL, JAX-RS, EJB or a metrics registry",
            c ->
                c.getPackageName().startsWith("jakarta.persistence")
                    || c.getPackageName().startsWith("jakarta.ws.rs")
                    || c.getPackageName().startsWith("jakarta.ejb")
                    || c.getPackageName().startsWith("javax.sql")
                    || c.getPackageName().startsWith("org.eclipse.microprofile.metrics")
                    || c.getPackageName().startsWith(root + ".sync.persistence")
                    || (c.getPackageName().equals("java.sql")
                        && !c.isAssignableTo(Throwable.class)));
    return noClasses()
        .that()
        .resideInAnyPackage(
            root + ".sync.push",
            root + ".sync.pull",
            root + ".sync.conflict",
            root + ".sync.webhook")
        .and(not(adapters))
        .should()
        .dependOnClassesThat(io)
        .as("the flows' use cases do no I/O themselves (only their adapters do)");
  }

  /** The push and the pull share the connector, bindings and the merge, never each other. */
  static ArchRule pushAndPullKeepApart(String root) {
    return CompositeArchRule.of(flowUsesNot(root, "push", "pull"))
        .and(flowUsesNot(root, "pull", "push"))
        .as("push and pull don't depend on each other");
  }

  /**
   * The status (health, metrics, JMX, status endpoints) and the alerts read everything; nothing
   * reads them, and they don't read each other.
   */
  static ArchRule nobodyDependsOnStatus(String root) {
    return CompositeArchRule.of(readBy(root, "status"))
        .and(readBy(root, "alert"))
        .as(
            "nothing but the WAR that registers their resources depends on sync.status or sync.alert");
  }

  private static ArchRule readBy(String root, String reader) {
    return noClasses()
        .that()
        .resideOutsideOfPackages(root + ".sync." + reader + "..", root + ".web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".sync." + reader + "..")
        .as("nothing but the WAR depends on sync." + reader);
  }

  /** The connector and its transports know no flow: the flows use them. */
  static ArchRule odooDependsOnNoFlow(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".sync.odoo..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            SYNC_FLOWS.stream().map(f -> root + ".sync." + f + "..").toArray(String[]::new))
        .as("sync.odoo.. depends on no flow package");
  }

  /**
   * The structured sync log is written by every flow and by the connector, so it knows none of
   * them: {@code sync.log} depends on no other package of the sync-module.
   */
  static ArchRule syncLogDependsOnNoSyncPackage(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".sync.log..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "reside in another package of " + root + ".sync",
                c ->
                    c.getPackageName().startsWith(root + ".sync.")
                        && !c.getPackageName().equals(root + ".sync.log")
                        && !c.getPackageName().startsWith(root + ".sync.log.")))
        .as("sync.log depends on no other sync package");
  }

  /**
   * Only the connector ({@code sync.odoo..}) talks to Odoo: nobody else reads an Odoo record or
   * calls the client's model methods, so no Odoo model, field or state name is needed elsewhere.
   * Asking the server's version (the status does) names none.
   */
  static ArchRule onlyTheConnectorTalksToOdoo(String root) {
    String client = root + ".sync.odoo.OdooClient";
    DescribedPredicate<JavaMethodCall> modelCall =
        DescribedPredicate.describe(
            "a model method of " + client,
            call ->
                call.getTarget().getOwner().getFullName().equals(client)
                    && !call.getTarget().getName().equals("version"));
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".sync.odoo..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(root + ".sync.odoo.OdooRecord")
        .orShould()
        .callMethodWhere(modelCall)
        .as("only sync.odoo.. reads Odoo records and calls Odoo's models");
  }

  /** The simulator is for tests and the demo; no main class depends on it. */
  static ArchRule nothingDependsOnTheSimulator(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".simulator..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".simulator..")
        .as("no main class depends on the simulator");
  }

  private static ArchRule flowUsesNot(String root, String flow, String other) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".sync." + flow + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".sync." + other + "..")
        .as(flow + " does not depend on " + other);
  }

  private static boolean declaresRoles(CanBeAnnotated element) {
    return element.isAnnotatedWith(RolesAllowed.class)
        || element.isAnnotatedWith(PermitAll.class)
        || element.isAnnotatedWith(DenyAll.class);
  }
}
