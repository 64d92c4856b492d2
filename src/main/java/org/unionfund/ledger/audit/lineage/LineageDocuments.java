package org.unionfund.ledger.audit.lineage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.unionfund.ledger.audit.lineage.LineageView.Account;

/** Reading the {@link LineageProjection} documents: postings, their legs, and the accounts the legs name. */
final class LineageDocuments {

    private LineageDocuments() {
    }

    static boolean isTracked(Document leg) {
        String kind = leg.getString("kind");
        return "FUND".equals(kind) || "PROGRAMME".equals(kind);
    }

    static long amountOn(Document posting, String key) {
        long total = 0;
        for (Document leg : legs(posting)) {
            if (leg.getString("key").equals(key)) {
                total += fen(leg);
            }
        }
        return total;
    }

    static List<Document> legs(Document posting) {
        return posting.getList("legs", Document.class, List.of());
    }

    static long fen(Document leg) {
        return ((Number) leg.get("fen")).longValue();
    }

    static long gseq(Document posting) {
        Object gseq = posting.get("gseq");
        return gseq instanceof Number n ? n.longValue() : Long.MAX_VALUE;
    }

    static Account view(Document account, LineageNames names) {
        return new Account(account.getString("key"), account.getString("kind"), account.getString("body"),
                account.getInteger("year"), account.getString("fund"), names.fund(account.getString("fund")),
                account.getString("earmark"), account.getString("category"), account.getString("programme"));
    }

    static Account accountOf(String key, LineageNames names) {
        String[] parts = key.split("\\|", -1);
        Map<Integer, String> at = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            at.put(i, parts[i].isEmpty() ? null : parts[i]);
        }
        Integer year = at.get(2) == null ? null : Integer.valueOf(at.get(2));
        return new Account(key, at.get(0), at.get(1), year, at.get(3), names.fund(at.get(3)), at.get(4), at.get(5),
                at.get(6));
    }
}
