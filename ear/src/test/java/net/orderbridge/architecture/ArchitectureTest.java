package net.orderbridge.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every architecture rule holds for the product's classes and is seen failing on a fixture that
 * breaks it, so that a rule which can't bite (a typo in a package pattern, say) is caught here.
 */
class ArchitectureTest {
  private static final String PRODUCT = "net.orderbridge";
  private static final String FIXTURES = "archfixture";

  private static JavaClasses product;

  @BeforeAll
  static void importClasses() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PRODUCT);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule(
            "contexts use only each other's api",
            ArchitectureRules::contextsUseOnlyEachOthersApi,
            "internals"),
        rule(
            "shared kernel depends on no context",
            ArchitectureRules::contextsUseOnlyEachOthersApi,
            "kernel"),
        rule(
            "dependencies point one way",
            ArchitectureRules::contextDependenciesPointOneWay,
            "backwards"),
        rule(
            "domain is framework-free",
            ArchitectureRules::domainIsFreeOfFrameworksAndInfrastructure,
            "rest"),
        rule(
            "domain has no EJB",
            ArchitectureRules::domainIsFreeOfFrameworksAndInfrastructure,
            "ejb"),
        rule(
            "domain has no MicroProfile",
            ArchitectureRules::domainIsFreeOfFrameworksAndInfrastructure,
            "microprofile"),
        rule(
            "domain uses no infrastructure",
            ArchitectureRules::domainIsFreeOfFrameworksAndInfrastructure,
            "adapter"),
        rule(
            "application uses no web",
            ArchitectureRules::applicationIsFreeOfWebAndInfrastructure,
            "webcall"),
        rule(
            "application uses no EntityManager",
            ArchitectureRules::applicationUsesNoEntityManagerOrMicroProfile,
            "entitymanager"),
        rule(
            "application uses no MicroProfile",
            ArchitectureRules::applicationUsesNoEntityManagerOrMicroProfile,
            "mpconfig"),
        rule(
            "resource methods declare their roles",
            ArchitectureRules::resourceMethodsDeclareTheirRoles,
            "undeclared"),
        rule(
            "sync packages are free of cycles",
            ArchitectureRules::syncPackagesAreFreeOfCycles,
            "cycle"),
        rule(
            "sync.odoo and its transports are free of cycles",
            ArchitectureRules::syncPackagesAreFreeOfCycles,
            "transportcycle"),
        rule(
            "the flows' use cases do no I/O",
            ArchitectureRules::flowUseCasesDoNoIoThemselves,
            "flowio"),
        rule("push does not use pull", ArchitectureRules::pushAndPullKeepApart, "pushpull"),
        rule("pull does not use push", ArchitectureRules::pushAndPullKeepApart, "pullpush"),
        rule("nobody uses status", ArchitectureRules::nobodyDependsOnStatus, "status"),
        rule("nobody uses the alerts", ArchitectureRules::nobodyDependsOnStatus, "alertuse"),
        rule("odoo uses no flow", ArchitectureRules::odooDependsOnNoFlow, "odooflow"),
        rule(
            "the sync log uses no sync package",
            ArchitectureRules::syncLogDependsOnNoSyncPackage,
            "logflow"),
        rule(
            "only the connector reads Odoo records",
            ArchitectureRules::onlyTheConnectorTalksToOdoo,
            "odoorecord"),
        rule(
            "only the connector calls Odoo's models",
            ArchitectureRules::onlyTheConnectorTalksToOdoo,
            "odoocall"),
        rule(
            "no main class uses the simulator",
            ArchitectureRules::nothingDependsOnTheSimulator,
            "simulator"));
  }

  private static Arguments rule(String name, Function<String, ArchRule> rule, String fixture) {
    return Arguments.of(name, rule, fixture);
  }

  @ParameterizedTest(name = "{0}: holds for the product")
  @MethodSource("rules")
  void ruleHoldsForTheProduct(String name, Function<String, ArchRule> rule, String fixture) {
    rule.apply(PRODUCT).check(product);
  }

  @ParameterizedTest(name = "{0}: bites on fixture {2}")
  @MethodSource("rules")
  void ruleBitesOnItsBadFixture(String name, Function<String, ArchRule> rule, String fixture) {
    String root = FIXTURES + "." + fixture;
    JavaClasses bad = new ClassFileImporter().importPackages(root);

    assertThatThrownBy(() -> rule.apply(root).check(bad)).isInstanceOf(AssertionError.class);
  }
}
