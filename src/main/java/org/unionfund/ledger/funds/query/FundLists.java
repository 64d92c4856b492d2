package org.unionfund.ledger.funds.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.directory.ListedBodies;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.web.ListFilters;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/** Reads the fund and allocation-document lists ({@link FundListProjection}) with their filters, names resolved. */
@Component
public class FundLists {

    /** A fund; {@code earmarked}: the total of its earmarked lines. Amounts in yuan. */
    public record FundItem(String fundId, String name, String ledgerId, String bodyId, String bodyName, int year,
            String purpose, String total, String earmarked, String date) {
    }

    /** An allocation document (拨款文件) with its 文号; {@code requiredMatching} null when none is required. */
    public record DocumentItem(String documentId, String documentNumber, String title, String ledgerId,
            String fromBodyId, String fromBodyName, String toBodyId, String toBodyName, String amount,
            String requiredMatching, String date, int lines) {
    }

    private final FundListCollections lists;

    public FundLists(MongoDatabase database) {
        this.lists = new FundListCollections(database);
    }

    /** Funds established by a body of the selection, newest year first, then by body and fund id. */
    public List<FundItem> funds(ListedBodies.Selection bodies, Integer year, String purpose) {
        List<Bson> filters = new ArrayList<>();
        if (year != null) {
            filters.add(Filters.eq("year", year));
        }
        if (purpose != null) {
            filters.add(Filters.eq("purpose", purpose));
        }
        List<FundItem> items = new ArrayList<>();
        find(lists.funds(), filters).forEach(d -> {
            if (bodies.includes(d.getString("body"))) {
                long earmarked = 0;
                for (Document e : d.getList("earmarks", Document.class)) {
                    earmarked += ((Number) e.get("amountFen")).longValue();
                }
                String body = d.getString("body");
                items.add(new FundItem(d.getString("fund"), d.getString("name"), d.getString("ledger"), body,
                        bodies.name(body), d.getInteger("year"), d.getString("purpose"), yuan(d.get("totalFen")),
                        Money.ofFen(earmarked).toYuanString(), d.getString("date")));
            }
        });
        items.sort(Comparator.comparing(FundItem::year).reversed().thenComparing(FundItem::bodyId)
                .thenComparing(FundItem::fundId));
        return items;
    }

    /** Documents sent or received by a body of the selection, newest first. */
    public List<DocumentItem> documents(ListedBodies.Selection bodies, Integer year, LocalDate from, LocalDate to) {
        List<Bson> filters = new ArrayList<>();
        if (year != null) {
            filters.add(Filters.eq("year", year));
        }
        List<DocumentItem> items = new ArrayList<>();
        find(lists.documents(), filters).forEach(d -> {
            String sender = d.getString("from");
            String receiver = d.getString("to");
            if ((bodies.includes(sender) || bodies.includes(receiver))
                    && ListFilters.within(d.getString("date"), from, to)) {
                Object required = d.get("requiredMatchingFen");
                items.add(new DocumentItem(d.getString("document"), d.getString("documentNumber"),
                        d.getString("title"), d.getString("ledger"), sender, bodies.name(sender), receiver,
                        bodies.name(receiver), yuan(d.get("amountFen")), required == null ? null : yuan(required),
                        d.getString("date"), d.getList("lines", Document.class).size()));
            }
        });
        items.sort(Comparator.comparing(DocumentItem::date).reversed().thenComparing(DocumentItem::documentNumber));
        return items;
    }

    private static Iterable<Document> find(MongoCollection<Document> collection, List<Bson> filters) {
        return filters.isEmpty() ? collection.find() : collection.find(Filters.and(filters));
    }

    private static String yuan(Object fen) {
        return Money.ofFen(((Number) fen).longValue()).toYuanString();
    }
}
