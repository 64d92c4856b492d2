package org.unionfund.ledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.platform.projection.ProjectionLayouts;
import org.unionfund.ledger.statistics.funds.FundNames;
import org.unionfund.ledger.statistics.funds.FundNamesProjection;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.Patience;
import org.unionfund.ledger.testsupport.TestUsers;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * An existing store whose fund names were built keyed by fund id alone (layout 1, before the (ledger, fund id) keys)
 * shows codes; the start-up check replays the statistics projections once, and the names are back without a manual
 * replay. A fresh store records the layouts and replays nothing.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=projection-layouts"})
class ProjectionLayoutsTest {

    private static final String NAME = "浙江省总工会2025年职工疗休养资金";

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    BodyDirectory directory;
    @Autowired
    ProjectionLayouts layouts;

    @Test
    void fund_names_built_in_the_old_layout_are_rebuilt_at_start_up() {
        MongoCollection<Document> layoutEntries = database.getCollection("projection_layouts");
        Document recorded = layoutEntries.find(new Document("_id", FundNamesProjection.NAME)).first();
        assertThat(recorded).as("a fresh store records the layout at start-up").isNotNull();
        assertThat(recorded.getInteger("layout")).isEqualTo(2);
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(TestUsers::asSystem).build();
        post(http, "/api/v1/bodies", """
                {"bodyId": "330000", "name": "浙江省总工会", "level": "PROVINCE"}""");
        post(http, "/api/v1/funds", """
                {"fundId": "ZJ-2025-RECUP", "bodyId": "330000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "20000000.00", "effectiveDate": "2025-01-10", "name": "%s"}""".formatted(NAME));
        FundNames names = new FundNames(database, directory);
        awaitName(names);

        // the store as the code before the (ledger, fund id) keys left it: names keyed by fund id, no layout entry
        MongoCollection<Document> fundNames = database.getCollection(FundNamesProjection.NAMES);
        List<Document> keyedByLedger = fundNames.find().into(new ArrayList<>());
        fundNames.deleteMany(new Document());
        keyedByLedger.forEach(d -> fundNames.insertOne(d.append("_id", d.getString("_id").split("/", 2)[1])));
        layoutEntries.deleteOne(new Document("_id", FundNamesProjection.NAME));
        assertThat(names.of("330000", "ZJ-2025-RECUP")).as("old keys show the code").isEqualTo("ZJ-2025-RECUP");

        assertThat(layouts.replayOutdated()).containsExactly("statistics");

        awaitName(names);
        assertThat(fundNames.find(new Document("_id", "ZJ-2025-RECUP")).first()).as("the old document is gone")
                .isNull();
        assertThat(layoutEntries.find(new Document("_id", FundNamesProjection.NAME)).first().getInteger("layout"))
                .isEqualTo(2);
        assertThat(layouts.replayOutdated()).as("replayed once").isEmpty();
    }

    private static void post(RestClient http, String path, String body) {
        assertThat(http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(201);
    }

    private static void awaitName(FundNames names) {
        await().atMost(Patience.HANG_GUARD).pollInterval(Duration.ofMillis(50))
                .until(() -> NAME.equals(names.of("330000", "ZJ-2025-RECUP")));
    }
}
