package org.unionfund.ledger.statistics.coverage;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.StateStore;

/** A worker's attended records in one year (usually one). */
final class WorkerYear {
    final List<AttendanceRecord> records = new ArrayList<>(2);

    static final StateStore.Codec<WorkerYear> CODEC = new StateStore.Codec<>() {
        @Override
        public WorkerYear decode(Document d) {
            WorkerYear w = new WorkerYear();
            String records = d.getString("r");
            if (records != null && !records.isEmpty()) {
                for (String record : records.split("\u001e")) {
                    w.records.add(AttendanceRecord.ofText(record));
                }
            }
            return w;
        }

        /** One text field ({@code r}: the records, separated by U+001E): cheap to store and to read back. */
        @Override
        public Document encode(WorkerYear w) {
            List<AttendanceRecord> sorted = new ArrayList<>(w.records);
            sorted.sort((a, b) -> a.trip().compareTo(b.trip()));
            StringBuilder records = new StringBuilder();
            for (AttendanceRecord r : sorted) {
                if (records.length() > 0) {
                    records.append('\u001e');
                }
                records.append(r.text());
            }
            return new Document("r", records.toString());
        }
    };
}
