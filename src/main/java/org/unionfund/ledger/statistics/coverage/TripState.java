package org.unionfund.ledger.statistics.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.StateStore;

/** A trip's schedule and, once settled, who attended (net of corrections). */
final class TripState {
    String programme;
    String body;
    int year;
    int month;
    String start;
    int days;
    String destination;
    String destinationRegion;
    long costFen;
    boolean settled;
    final TreeMap<String, AttendedParticipant> attended = new TreeMap<>();

    AttendanceRecord record(String trip, AttendedParticipant a) {
        return new AttendanceRecord(trip, programme, body, year, month, a.category(), a.ownership(),
                a.subtype(), days, destination, a.fund(), a.earmark(), a.amountFen());
    }

    static final StateStore.Codec<TripState> CODEC = new StateStore.Codec<>() {
        @Override
        public TripState decode(Document d) {
            TripState t = new TripState();
            t.programme = d.getString("programme");
            t.body = d.getString("body");
            t.year = d.getInteger("year");
            t.month = d.getInteger("month");
            t.start = d.getString("start");
            t.days = d.getInteger("days");
            t.destination = d.getString("destination");
            t.destinationRegion = d.getString("destinationRegion");
            t.costFen = ((Number) d.get("costFen")).longValue();
            t.settled = Boolean.TRUE.equals(d.getBoolean("settled"));
            for (Object item : d.getList("attended", Object.class)) {
                List<?> v = (List<?>) item;
                t.attended.put((String) v.get(0), new AttendedParticipant((String) v.get(1), (String) v.get(2),
                        (String) v.get(3), (String) v.get(4), (String) v.get(5), (String) v.get(6),
                        ((Number) v.get(7)).longValue()));
            }
            return t;
        }

        @Override
        public Document encode(TripState t) {
            List<List<Object>> attended = new ArrayList<>(t.attended.size());
            t.attended.forEach((pid, a) -> {
                List<Object> v = new ArrayList<>(8);
                v.add(pid);
                v.add(a.worker());
                v.add(a.category());
                v.add(a.ownership());
                v.add(a.subtype());
                v.add(a.fund());
                v.add(a.earmark());
                v.add(a.amountFen());
                attended.add(v);
            });
            return new Document("programme", t.programme).append("body", t.body).append("year", t.year)
                    .append("month", t.month).append("start", t.start).append("days", t.days)
                    .append("destination", t.destination).append("destinationRegion", t.destinationRegion)
                    .append("costFen", t.costFen).append("settled", t.settled).append("attended", attended);
        }
    };
}
