package org.unionfund.ledger.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

/** A replay empties the one collection of a plain projection: Axon finds the reset handler on the shared base. */
class SingleCollectionProjectionTest {

    static final class Notes extends SingleCollectionProjection {
        Notes(MongoDatabase database) {
            super(database, "notes");
        }
    }

    @Test
    void a_reset_empties_the_projections_collection_and_no_other() {
        MongoDatabase database = TestMongo.freshDatabase(SingleCollectionProjectionTest.class);
        database.getCollection("notes").insertOne(new Document("_id", "a"));
        database.getCollection("others").insertOne(new Document("_id", "b"));

        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(new Notes(database));
        assertThat(adapter.supportsReset()).isTrue();
        adapter.prepareReset();

        assertThat(database.getCollection("notes").countDocuments()).isZero();
        assertThat(database.getCollection("others").countDocuments()).isEqualTo(1);
    }
}
