package org.unionfund.ledger.statistics.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.StateStore;

/** One allocation with a matching requirement as {@code matching_allocations} keeps it (amounts in fen). */
public final class AllocationState {

    public static final String OPEN = "OPEN";
    public static final String MET = "MET";
    public static final String SHORTFALL = "SHORTFALL";

    String ledger;
    String allocation;
    String from;
    String to;
    String fund;
    String earmark;
    int year;
    String effectiveDate;
    int ratioBasisPoints;
    String deadline;
    long allocatedFen;
    long requiredFen;
    long onTimeFen;
    long lateFen;
    int commitments;
    String status;
    String evaluatedAt;
    long recordedRequiredFen;
    long recordedCommittedFen;
    long recordedShortfallFen;
    /** Allocation documents only (null / empty / 0 for a one-line allocation). */
    String documentNumber;
    String title;
    String scope;
    List<Document> lines = List.of();
    int revisions;
    long firstShortfallFen;

    public String ledger() {
        return ledger;
    }

    public String allocation() {
        return allocation;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String fund() {
        return fund;
    }

    public String earmark() {
        return earmark;
    }

    public int year() {
        return year;
    }

    public String effectiveDate() {
        return effectiveDate;
    }

    public int ratioBasisPoints() {
        return ratioBasisPoints;
    }

    public String deadline() {
        return deadline;
    }

    public long allocatedFen() {
        return allocatedFen;
    }

    public long requiredFen() {
        return requiredFen;
    }

    public long onTimeFen() {
        return onTimeFen;
    }

    public long lateFen() {
        return lateFen;
    }

    public int commitments() {
        return commitments;
    }

    public String status() {
        return status;
    }

    public String evaluatedAt() {
        return evaluatedAt;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String title() {
        return title;
    }

    /** REGION, RECEIVER, or ALLOCATION for a one-line allocation (only commitments against it count). */
    public String scope() {
        return scope == null ? "ALLOCATION" : scope;
    }

    /** The document's lines: fundId, earmark, amountFen, source; one line for a one-line allocation. */
    public List<Document> lines() {
        return lines.isEmpty() ? List.of(new Document("fundId", fund).append("earmark", earmark)
                .append("amountFen", allocatedFen).append("source", null)) : lines;
    }

    public int revisions() {
        return revisions;
    }

    /** The shortfall the first evaluation recorded, before any revision. */
    public long firstShortfallFen() {
        return revisions == 0 ? recordedShortfallFen : firstShortfallFen;
    }

    public long recordedShortfallFen() {
        return recordedShortfallFen;
    }

    public long recordedCommittedFen() {
        return recordedCommittedFen;
    }

    /** What the requirement still lacks while open: max(0, required − committed on time). */
    public long outstandingFen() {
        return OPEN.equals(status) ? Math.max(0, requiredFen - onTimeFen) : 0;
    }

    /** This allocation's share of its regions' figures. */
    Map<String, Long> contribution() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put(MatchingKeys.ALLOCATIONS, 1L);
        c.put(MatchingKeys.OPEN, OPEN.equals(status) ? 1L : 0L);
        c.put(MatchingKeys.MET, MET.equals(status) ? 1L : 0L);
        c.put(MatchingKeys.SHORTFALLS, SHORTFALL.equals(status) ? 1L : 0L);
        c.put(MatchingKeys.ALLOCATED, allocatedFen);
        c.put(MatchingKeys.REQUIRED, requiredFen);
        c.put(MatchingKeys.ON_TIME, onTimeFen);
        c.put(MatchingKeys.LATE, lateFen);
        c.put(MatchingKeys.OUTSTANDING, outstandingFen());
        c.put(MatchingKeys.SHORTFALL, SHORTFALL.equals(status) ? recordedShortfallFen : 0L);
        c.put(MatchingKeys.REVISIONS, (long) revisions);
        return c;
    }

    static final StateStore.Codec<AllocationState> CODEC = new StateStore.Codec<>() {
        @Override
        public AllocationState decode(Document d) {
            AllocationState a = new AllocationState();
            a.ledger = d.getString("ledger");
            a.allocation = d.getString("allocation");
            a.from = d.getString("from");
            a.to = d.getString("to");
            a.fund = d.getString("fund");
            a.earmark = d.getString("earmark");
            a.year = d.getInteger("year", 0);
            a.effectiveDate = d.getString("effectiveDate");
            a.ratioBasisPoints = d.getInteger("ratioBasisPoints", 0);
            a.deadline = d.getString("deadline");
            a.allocatedFen = fen(d, "allocatedFen");
            a.requiredFen = fen(d, "requiredFen");
            a.onTimeFen = fen(d, "onTimeFen");
            a.lateFen = fen(d, "lateFen");
            a.commitments = d.getInteger("commitments", 0);
            a.status = d.getString("status");
            a.evaluatedAt = d.getString("evaluatedAt");
            a.recordedRequiredFen = fen(d, "recordedRequiredFen");
            a.recordedCommittedFen = fen(d, "recordedCommittedFen");
            a.recordedShortfallFen = fen(d, "recordedShortfallFen");
            a.documentNumber = d.getString("documentNumber");
            a.title = d.getString("title");
            a.scope = d.getString("scope");
            a.lines = d.getList("lines", Document.class, List.of());
            a.revisions = d.getInteger("revisions", 0);
            a.firstShortfallFen = fen(d, "firstShortfallFen");
            return a;
        }

        @Override
        public Document encode(AllocationState a) {
            return new Document("ledger", a.ledger).append("allocation", a.allocation).append("from", a.from)
                    .append("to", a.to).append("fund", a.fund).append("earmark", a.earmark).append("year", a.year)
                    .append("effectiveDate", a.effectiveDate).append("ratioBasisPoints", a.ratioBasisPoints)
                    .append("deadline", a.deadline).append("allocatedFen", a.allocatedFen)
                    .append("requiredFen", a.requiredFen).append("onTimeFen", a.onTimeFen)
                    .append("lateFen", a.lateFen).append("commitments", a.commitments).append("status", a.status)
                    .append("evaluatedAt", a.evaluatedAt).append("recordedRequiredFen", a.recordedRequiredFen)
                    .append("recordedCommittedFen", a.recordedCommittedFen)
                    .append("recordedShortfallFen", a.recordedShortfallFen)
                    .append("documentNumber", a.documentNumber).append("title", a.title).append("scope", a.scope)
                    .append("lines", a.lines).append("revisions", a.revisions)
                    .append("firstShortfallFen", a.firstShortfallFen);
        }
    };

    static long fen(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
