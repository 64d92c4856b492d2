package org.unionfund.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package map of docs/architecture.md, enforced: no cycles between top-level packages, nor between the
 * packages one or two levels below them, and dependencies only point down the map (features use kernel, security
 * and platform, never the other way round; security knows the kernel only; api messages know only the kernel).
 */
@AnalyzeClasses(packages = "org.unionfund.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageMapTest {

    private static final String[] FEATURES = {
            "org.unionfund.ledger.funds..", "org.unionfund.ledger.recuperation..", "org.unionfund.ledger.relief..",
            "org.unionfund.ledger.statistics..", "org.unionfund.ledger.audit..",
            "org.unionfund.ledger.reporting..", "org.unionfund.ledger.demo.."};

    @ArchTest
    static final ArchRule top_level_packages_are_free_of_cycles =
            slices().matching("org.unionfund.ledger.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule second_level_packages_are_free_of_cycles =
            slices().matching("org.unionfund.ledger.(*).(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule third_level_packages_are_free_of_cycles =
            slices().matching("org.unionfund.ledger.(*).(*).(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_kernel_depends_on_nothing_of_ours = noClasses()
            .that().resideInAPackage("org.unionfund.ledger.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.unionfund.ledger.platform..", "org.unionfund.ledger.security..")
            .orShould().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule the_platform_knows_no_feature = noClasses()
            .that().resideInAPackage("org.unionfund.ledger.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule security_knows_the_kernel_only = noClasses()
            .that().resideInAPackage("org.unionfund.ledger.security..")
            .should().dependOnClassesThat().resideInAPackage("org.unionfund.ledger.platform..")
            .orShould().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule api_messages_know_only_the_kernel_and_other_messages = noClasses()
            .that().resideInAPackage("org.unionfund.ledger..api..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.unionfund.ledger.platform..", "org.unionfund.ledger.security..",
                    "org.unionfund.ledger..command..", "org.unionfund.ledger..query..", "org.unionfund.ledger..web..");

    @ArchTest
    static final ArchRule programme_kinds_never_use_each_other = noClasses()
            .that().resideInAPackage("org.unionfund.ledger.recuperation..")
            .should().dependOnClassesThat().resideInAPackage("org.unionfund.ledger.relief..")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.unionfund.ledger.statistics..",
                    "org.unionfund.ledger.audit..", "org.unionfund.ledger.reporting..", "org.unionfund.ledger.demo..");

    @ArchTest
    static final ArchRule relief_uses_only_funds_security_platform_and_kernel = noClasses()
            .that().resideInAPackage("org.unionfund.ledger.relief..")
            .should().dependOnClassesThat().resideInAnyPackage("org.unionfund.ledger.recuperation..",
                    "org.unionfund.ledger.statistics..", "org.unionfund.ledger.audit..",
                    "org.unionfund.ledger.reporting..", "org.unionfund.ledger.demo..");
}
