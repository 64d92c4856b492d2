package org.unionfund.ledger.statistics.funds;


import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.projection.WriteOnceStore;

import com.mongodb.client.MongoDatabase;

/**
 * The name read model: {@code fund_names} ({@code _id} = {@code <ledger>/<fund>}: a fund id is unique only within
 * its ledger, two ledgers may use the same one) holds every fund's display name from its establishment, and for
 * the funds nobody established — a body's own-money fund opened by own-money commitments, a one-line allocation's
 * matching fund — what {@link FundNames} names them after; {@code document_names} ({@code _id} =
 * {@code <ledger>/<document>}) the 文号 and title of every allocation document. Each document is written once from
 * the first event that knows it (an establishment always comes first), so replays and redeliveries write the same
 * content.
 */
@Component
@ProcessingGroup(BatchProjection.STATISTICS_GROUP)
public class FundNamesProjection extends BatchProjection {

    public static final String NAME = "fund-names";
    public static final String NAMES = "fund_names";
    public static final String DOCUMENTS = "document_names";

    private final WriteOnceStore<FundName> names;
    private final WriteOnceStore<DocumentName> documents;

    @Autowired
    public FundNamesProjection(MongoDatabase database) {
        this(database, "");
    }

    FundNamesProjection(MongoDatabase database, String prefix) {
        super(database, prefix, NAME, (db, shadowPrefix, w) -> new FundNamesProjection(db, shadowPrefix));
        this.names = store(new WriteOnceStore<>(collection(NAMES), FundName.CODEC, 10_000));
        this.documents = store(new WriteOnceStore<>(collection(DOCUMENTS), DocumentName.CODEC, 10_000));
        routes().on(FundEstablishedEvent.class, (e, f) -> names.put(key(f.ledgerId(), f.fundId().value()),
                        new FundName(f.name(), f.bodyId().value(), f.year(), FundName.ESTABLISHED, null)))
                .on(OwnFundsCommittedEvent.class, (o, keys) -> keys.add(names, key(o.ledgerId(), o.fundId().value())),
                        (e, o) -> opened(key(o.ledgerId(), o.fundId().value()), new FundName(null,
                                o.bodyId().value(), o.posting().effectiveDate().getYear(), FundName.OWN, null)))
                .on(MatchingFundsCommittedEvent.class,
                        (m, keys) -> keys.add(names, key(m.ledgerId(), m.matchingFundId().value())),
                        (e, m) -> opened(key(m.ledgerId(), m.matchingFundId().value()), new FundName(null,
                                m.bodyId().value(), m.posting().effectiveDate().getYear(), FundName.MATCHING,
                                m.allocationId().value())))
                .on(AllocationDocumentIssuedEvent.class, (e, d) -> documents.put(key(d.ledgerId(),
                        d.documentId().value()), new DocumentName(d.documentNumber(), d.title())));
    }

    /** Layout 2: names keyed by (ledger, id); layout 1 keyed them by id alone. */
    @Override
    public int layout() {
        return 2;
    }

    /** The id of a fund's or a document's name: ids are unique within a ledger only. */
    static String key(LedgerId ledger, String id) {
        return key(ledger.rootBodyId(), id);
    }

    static String key(String ledger, String id) {
        return ledger + "/" + id;
    }

    private void opened(String fund, FundName name) {
        if (names.get(fund) == null) {
            names.put(fund, name);
        }
    }
}
