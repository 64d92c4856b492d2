package org.unionfund.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.unionfund.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule api_messages_carry_no_implementation = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "jakarta.persistence..",
                    "org.unionfund..command..", "org.unionfund..query..", "org.unionfund..web..",
                    "org.unionfund..eventstore..", "org.unionfund..store..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule queries_do_not_reach_into_the_command_side = noClasses()
            .that().resideInAPackage("org.unionfund..query..")
            .should().dependOnClassesThat().resideInAPackage("org.unionfund..command..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule aggregates_do_not_touch_storage_or_web = noClasses()
            .that().resideInAPackage("org.unionfund..command..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.unionfund..web..",
                    "org.unionfund..query..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule api_types_are_records_or_enums_or_exceptions = classes()
            .that().resideInAPackage("..api..").and().areTopLevelClasses()
            .should().beRecords().orShould().beEnums().orShould().beInterfaces()
            .orShould().beAssignableTo(RuntimeException.class)
            .allowEmptyShould(true);
}
