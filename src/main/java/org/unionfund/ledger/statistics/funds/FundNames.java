package org.unionfund.ledger.statistics.funds;

import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * Display names of funds for read sides (budget, earmarks, the yearly report and its exports), from
 * {@link FundNamesProjection}: the name given at establishment; a body's own-money fund is "<body><year>年自有资金";
 * a one-line allocation's matching fund "<body>配套资金（<allocation>）"; a fund established without a name (or not
 * known, e.g. in a replay that did not build the model) shows its code.
 */
public final class FundNames {

    private final MongoCollection<Document> names;
    private final BodyDirectory directory;

    public FundNames(MongoDatabase database, BodyDirectory directory) {
        this.names = database.getCollection(FundNamesProjection.NAMES);
        this.directory = directory;
    }

    /** Fund id → display name, for each of {@code funds} (the code when no better name is known). */
    public Map<String, String> of(Collection<String> funds) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(funds));
        ids.forEach(id -> out.put(id, id));
        if (ids.isEmpty()) {
            return out;
        }
        for (Document d : names.find(in("_id", ids))) {
            FundName name = FundName.CODEC.decode(d);
            out.put(d.getString("_id"), display(d.getString("_id"), name));
        }
        return out;
    }

    public String of(String fund) {
        return of(List.of(fund)).get(fund);
    }

    private String display(String code, FundName f) {
        if (f.name() != null && !f.name().isBlank()) {
            return f.name();
        }
        String owner = f.owner() == null ? null : directory.find(new BodyId(f.owner()))
                .map(BodyDirectoryEntry::name).orElse(f.owner());
        return switch (f.kind() == null ? "" : f.kind()) {
            case FundName.OWN -> owner + f.year() + "年自有资金";
            case FundName.MATCHING -> owner + "配套资金（" + f.allocation() + "）";
            default -> code;
        };
    }
}
