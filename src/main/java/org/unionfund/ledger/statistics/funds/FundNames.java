package org.unionfund.ledger.statistics.funds;

import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bson.Document;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * Display names of funds and allocation documents for read sides (budget, earmarks, the yearly report and its
 * exports, lineage, the event log, as-of answers), from {@link FundNamesProjection}, always within one ledger (a
 * fund id is unique only there): the name given at establishment; a body's own-money fund is
 * "<body><year>年自有资金"; a one-line allocation's matching fund "<body>配套资金（<allocation>）"; a fund established
 * without a name (or not known, e.g. in a replay that did not build the model) shows its code. A document shows
 * its 文号.
 */
public final class FundNames {

    private final MongoCollection<Document> names;
    private final MongoCollection<Document> documents;
    private final BodyDirectory directory;

    public FundNames(MongoDatabase database, BodyDirectory directory) {
        this.names = database.getCollection(FundNamesProjection.NAMES);
        this.documents = database.getCollection(FundNamesProjection.DOCUMENTS);
        this.directory = directory;
    }

    /** Fund id → display name, for each of {@code funds} of ledger {@code ledger} (the code when none is known). */
    public Map<String, String> of(String ledger, Collection<String> funds) {
        Map<String, String> out = known(names, ledger, funds, d -> display(FundName.CODEC.decode(d)));
        funds.forEach(fund -> out.putIfAbsent(fund, fund));
        return out;
    }

    public String of(String ledger, String fund) {
        return of(ledger, List.of(fund)).get(fund);
    }

    /** The same for the funds a body's figures show: those of the ledger that holds {@code body}. */
    public Map<String, String> ofBody(String body, Collection<String> funds) {
        return of(ledgerOf(body), funds);
    }

    /** Document id → 文号, for the allocation documents among {@code ids} (other ids are left out). */
    public Map<String, String> documentNumbers(String ledger, Collection<String> ids) {
        return known(documents, ledger, ids, d -> DocumentName.CODEC.decode(d).number());
    }

    private String ledgerOf(String body) {
        return directory.find(new BodyId(body)).map(BodyDirectoryEntry::ledgerId).orElse(body);
    }

    private static Map<String, String> known(MongoCollection<Document> collection, String ledger,
            Collection<String> ids, Function<Document, String> name) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> keys = new LinkedHashSet<>(ids).stream().map(id -> FundNamesProjection.key(ledger, id))
                .toList();
        if (keys.isEmpty()) {
            return out;
        }
        String prefix = FundNamesProjection.key(ledger, "");
        for (Document d : collection.find(in("_id", keys))) {
            String value = name.apply(d);
            if (value != null) {
                out.put(d.getString("_id").substring(prefix.length()), value);
            }
        }
        return out;
    }

    private String display(FundName f) {
        if (f.name() != null && !f.name().isBlank()) {
            return f.name();
        }
        String owner = f.owner() == null ? null : directory.find(new BodyId(f.owner()))
                .map(BodyDirectoryEntry::name).orElse(f.owner());
        return switch (f.kind() == null ? "" : f.kind()) {
            case FundName.OWN -> owner + f.year() + "年自有资金";
            case FundName.MATCHING -> owner + "配套资金（" + f.allocation() + "）";
            default -> null;
        };
    }
}
