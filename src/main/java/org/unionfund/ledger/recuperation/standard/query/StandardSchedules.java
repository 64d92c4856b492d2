package org.unionfund.ledger.recuperation.standard.query;

import static com.mongodb.client.model.Filters.in;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.recuperation.standard.api.StandardTimeline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/** Reads schedules kept by {@link StandardsProjection}; look-ups by schedule id only. */
@Service
public class StandardSchedules {

    private final MongoCollection<Document> standards;

    public StandardSchedules(MongoDatabase database) {
        this.standards = database.getCollection(StandardsProjection.COLLECTION);
    }

    /** The timelines of the given schedules that exist, by schedule id. */
    public Map<String, StandardTimeline> timelines(List<String> scheduleIds) {
        Map<String, StandardTimeline> found = new LinkedHashMap<>();
        if (scheduleIds.isEmpty()) {
            return found;
        }
        for (Document schedule : standards.find(in("_id", scheduleIds))) {
            found.put(schedule.getString("_id"), StandardDocuments.timeline(schedule));
        }
        return found;
    }
}
