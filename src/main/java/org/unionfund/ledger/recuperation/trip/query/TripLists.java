package org.unionfund.ledger.recuperation.trip.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.directory.ListedBodies;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.projection.KeyedValues;
import org.unionfund.ledger.platform.web.ListFilters;
import org.unionfund.ledger.recuperation.programme.query.ProgrammeLists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/** Reads the trip list ({@link TripListProjection}) with its filters, names of bodies and programmes resolved. */
@Component
public class TripLists {

    public static final List<String> STATUSES = List.of("SCHEDULED", "SETTLED");

    /**
     * A trip. {@code attended}: who went, net of no-shows removed later (family members included, as on the trip
     * page); {@code charged}: union money charged, net of corrections; {@code categories}: the worker categories
     * of its participants.
     */
    public record TripItem(String tripId, String name, String programmeId, String programmeName, String ledgerId,
            String bodyId, String bodyName, String startDate, int days, String destinationId, String status,
            int enrolled, int attended, String charged, List<String> categories) {
    }

    /** The filters of the trip list; null = any. {@code from}/{@code to}: the trip's start date, inclusive. */
    public record Filter(Integer year, String programme, String status, String category, LocalDate from,
            LocalDate to) {
    }

    private final MongoCollection<Document> trips;
    private final ProgrammeLists programmes;

    public TripLists(MongoDatabase database, ProgrammeLists programmes) {
        this.trips = database.getCollection(TripListProjection.TRIPS);
        this.programmes = programmes;
    }

    /** Trips of programmes run by a body of the selection, by start date then id. */
    public List<TripItem> trips(ListedBodies.Selection bodies, Filter f) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.exists("programme"));
        if (f.year() != null) {
            filters.add(Filters.eq("year", f.year()));
        }
        if (f.programme() != null) {
            filters.add(Filters.eq("programme", f.programme()));
        }
        if (f.status() != null) {
            filters.add(Filters.eq("status", f.status()));
        }
        if (f.category() != null) {
            filters.add(Filters.eq("categories", f.category()));
        }
        List<Document> found = new ArrayList<>();
        trips.find(Filters.and(filters)).forEach(d -> {
            if (bodies.includes(d.getString("body")) && ListFilters.within(d.getString("start"), f.from(), f.to())) {
                found.add(d);
            }
        });
        Set<String> programmeIds = new HashSet<>();
        found.forEach(d -> programmeIds.add(d.getString("programme")));
        Map<String, String> programmeNames = programmes.names(programmeIds);
        List<TripItem> items = new ArrayList<>();
        for (Document d : found) {
            Set<String> attended = new HashSet<>(d.getList("attended", String.class, List.of()));
            d.getList("removed", String.class, List.of()).forEach(attended::remove);
            String body = d.getString("body");
            String programme = d.getString("programme");
            items.add(new TripItem(d.getString("_id"), d.getString("name"), programme,
                    programmeNames.getOrDefault(programme, programme), d.getString("ledger"), body,
                    bodies.name(body), d.getString("start"), d.getInteger("days"), d.getString("destination"),
                    d.getString("status"), d.getList("enrolled", String.class, List.of()).size(), attended.size(),
                    Money.ofFen(KeyedValues.sum(d, "chargedFen")).toYuanString(),
                    d.getList("categories", String.class, List.of())));
        }
        items.sort(Comparator.comparing(TripItem::startDate).thenComparing(TripItem::tripId));
        return items;
    }
}
