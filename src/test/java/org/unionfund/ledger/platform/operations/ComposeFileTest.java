package org.unionfund.ledger.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, checked without a container engine (what {@code docker-compose config} checked in .ci/run):
 * it parses, has the three-member replica set that initiates itself, and the ledger service connects to it with
 * majority, journaled writes, opts in to the demo credentials visibly, and is healthy only when ready.
 */
class ComposeFileTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws Exception {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("docker-compose.yml");
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).as("services").containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void three_mongo_members_form_replica_set_rs0_that_initiates_itself() throws Exception {
        Map<String, Object> compose = compose();
        assertThat((Map<String, Object>) compose.get("services")).containsOnlyKeys("mongo1", "mongo2", "mongo3",
                "ledger");
        for (String member : List.of("mongo1", "mongo2", "mongo3")) {
            Map<String, Object> mongo = service(compose, member);
            assertThat(String.valueOf(mongo.get("image"))).as(member + " image").startsWith("mongo:");
            assertThat((List<String>) mongo.get("command")).as(member + " command").containsSequence("--replSet", "rs0");
            assertThat(mongo.get("hostname")).isEqualTo(member);
            assertThat((List<String>) mongo.get("volumes")).singleElement().asString().startsWith(member + ":");
        }
        String initiate = String.join(" ", (List<String>) ((Map<String, Object>) service(compose, "mongo1")
                .get("healthcheck")).get("test"));
        assertThat(initiate).contains("rs.initiate", "_id: 'rs0'", "mongo1:27017", "mongo2:27017", "mongo3:27017",
                "isWritablePrimary");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKeys("mongo1", "mongo2", "mongo3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_ledger_connects_with_majority_writes_opts_in_to_the_demo_and_waits_for_readiness() throws Exception {
        Map<String, Object> ledger = service(compose(), "ledger");
        Map<String, Object> environment = (Map<String, Object>) ledger.get("environment");
        assertThat(String.valueOf(environment.get("LEDGER_MONGO_URI"))).startsWith("mongodb://")
                .contains("mongo1:27017", "mongo2:27017", "mongo3:27017", "replicaSet=rs0", "w=majority",
                        "journal=true", "readConcernLevel=majority");
        // a real store refuses the demo users and key unless opted in: the compose demo says so, visibly
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "demo")
                .containsEntry("LEDGER_ALLOW_DEMO_CREDENTIALS", "true");
        assertThat((List<String>) ledger.get("command")).contains("spring-boot:run");
        assertThat((Map<String, Object>) ((Map<String, Object>) ledger.get("depends_on")).get("mongo1"))
                .containsEntry("condition", "service_healthy");
        assertThat(String.join(" ", (List<String>) ((Map<String, Object>) ledger.get("healthcheck")).get("test")))
                .contains("/actuator/health/readiness");
        assertThat((List<String>) ledger.get("ports")).contains("8080:8080");
    }
}
