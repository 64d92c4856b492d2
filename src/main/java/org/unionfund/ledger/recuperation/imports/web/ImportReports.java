package org.unionfund.ledger.recuperation.imports.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The last reports, in memory only (they hold masked identity numbers and masked names, nothing more), for the
 * XLSX download; each readable only by the user who made it. At most {@value #KEEP} are kept.
 */
@Component
public class ImportReports {

    static final int KEEP = 50;

    private record Kept(String owner, ImportReport report) {
    }

    private final Map<String, Kept> reports = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEEP;
        }
    };

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public synchronized void keep(String owner, ImportReport report) {
        reports.put(report.reportId(), new Kept(owner, report));
    }

    public synchronized Optional<ImportReport> find(String owner, String id) {
        Kept kept = reports.get(id);
        return kept == null || !kept.owner().equals(owner) ? Optional.empty() : Optional.of(kept.report());
    }
}
