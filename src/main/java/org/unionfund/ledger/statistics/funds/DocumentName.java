package org.unionfund.ledger.statistics.funds;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.StateStore;

/** What {@code document_names} keeps of one allocation document: its 文号 and title. */
record DocumentName(String number, String title) {

    static final StateStore.Codec<DocumentName> CODEC = new StateStore.Codec<>() {
        @Override
        public DocumentName decode(Document d) {
            return new DocumentName(d.getString("number"), d.getString("title"));
        }

        @Override
        public Document encode(DocumentName n) {
            return new Document("number", n.number()).append("title", n.title());
        }
    };
}
