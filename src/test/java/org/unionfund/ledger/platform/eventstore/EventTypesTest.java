package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.platform.eventstore.EventTypes.EventType;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Every event of the code base has one stable, documented stored name (docs/audit.md, "Event type names"). */
class EventTypesTest {

    private static final List<JavaClass> EVENT_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.unionfund.ledger").stream()
            .filter(type -> type.isAnnotatedWith(Revision.class))
            .toList();

    @Test
    void every_revisioned_class_is_registered_with_its_revision() {
        assertThat(EVENT_CLASSES).as("@Revision classes found").hasSizeGreaterThanOrEqualTo(27);
        for (JavaClass event : EVENT_CLASSES) {
            EventType registered = EventTypes.LEDGER.ofClass(event.reflect())
                    .orElseThrow(() -> new AssertionError(event.getName() + " has no stored type name: add a line "
                            + "to EventTypes.LEDGER and a row to docs/audit.md"));
            assertThat(registered.revision()).as(registered.name())
                    .isEqualTo(event.reflect().getAnnotation(Revision.class).value());
        }
        assertThat(EventTypes.LEDGER.all()).hasSameSizeAs(EVENT_CLASSES);
    }

    @Test
    void names_are_short_unique_and_never_a_class_name() {
        Set<String> names = new HashSet<>();
        for (EventType type : EventTypes.LEDGER.all()) {
            assertThat(type.name()).matches("[A-Z][A-Za-z0-9]{2,60}").doesNotEndWith("Event");
            assertThat(names.add(type.name())).as(type.name()).isTrue();
            assertThat(type.name()).isNotEqualTo(type.type().getName());
        }
    }

    @Test
    void legacy_names_resolve_to_the_registered_class() {
        for (EventType type : EventTypes.LEDGER.all()) {
            if (type.legacyName() != null) {
                assertThat(type.legacyName()).startsWith("org.unionfund.ledger.").endsWith(type.name() + "Event");
                assertThat(EventTypes.LEDGER.ofStoredName(type.legacyName())).contains(type);
                assertThat(EventTypes.LEDGER.stableName(type.legacyName())).isEqualTo(type.name());
            }
            assertThat(EventTypes.LEDGER.ofStoredName(type.name())).contains(type);
        }
        assertThat(EventTypes.LEDGER.stableName("com.example.Unknown")).isEqualTo("com.example.Unknown");
        assertThat(EventTypes.shortName("org.unionfund.ledger.ledger.api.FundsAllocatedEvent"))
                .isEqualTo("FundsAllocated");
        assertThat(EventTypes.shortName("com.example.Outer$Unknown")).isEqualTo("Unknown");
    }

    @Test
    void a_name_or_class_registered_twice_is_refused() {
        record A() {
        }
        record B() {
        }
        assertThatThrownBy(() -> new EventTypes(List.of(EventTypes.type("Same", A.class, "1", null),
                EventTypes.type("Same", B.class, "1", null)))).hasMessageContaining("Same");
        assertThatThrownBy(() -> new EventTypes(List.of(EventTypes.type("One", A.class, "1", null),
                EventTypes.type("Two", A.class, "1", null)))).hasMessageContaining(A.class.getName());
    }

    @Test
    void docs_audit_lists_every_name_with_its_meaning() throws Exception {
        String audit = Files.readString(Path.of("docs/audit.md"), StandardCharsets.UTF_8);
        for (EventType type : EventTypes.LEDGER.all()) {
            assertThat(audit).as("docs/audit.md row for " + type.name())
                    .containsPattern("\\n\\| `" + type.name() + "` \\| " + type.revision() + " \\| [^|]+\\|[^|]+\\|");
        }
    }
}
