package org.unionfund.ledger.recuperation.standard.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardTimeline;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;

/** Mapping of timelines to and from their documents (amounts in fen, dates ISO-8601). */
final class StandardDocuments {

    private StandardDocuments() {
    }

    static Document entry(StandardEntry entry) {
        return new Document("standardId", entry.standardId().value())
                .append("amountFen", entry.value().amount() == null ? null : entry.value().amount().fen())
                .append("days", entry.value().days())
                .append("effectiveFrom", entry.effectiveFrom().toString())
                .append("supersedesStandardId", entry.supersedesStandardId() == null ? null
                        : entry.supersedesStandardId().value());
    }

    static StandardTimeline timeline(Document schedule) {
        List<StandardEntry> entries = new ArrayList<>();
        for (Document d : schedule.getList("entries", Document.class)) {
            Object fen = d.get("amountFen");
            StandardValue value = fen != null ? StandardValue.money(Money.ofFen(((Number) fen).longValue()))
                    : StandardValue.days(d.getInteger("days"));
            String supersedes = d.getString("supersedesStandardId");
            entries.add(new StandardEntry(new StandardId(d.getString("standardId")), value,
                    LocalDate.parse(d.getString("effectiveFrom")), supersedes == null ? null
                    : new StandardId(supersedes)));
        }
        return new StandardTimeline(entries);
    }
}
