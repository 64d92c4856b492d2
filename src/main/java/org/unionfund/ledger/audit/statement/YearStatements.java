package org.unionfund.ledger.audit.statement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.audit.settings.AuditProperties;
import org.unionfund.ledger.audit.log.EventFilter;
import org.unionfund.ledger.audit.log.EventLog;
import org.unionfund.ledger.audit.log.EventLogEntry;
import org.unionfund.ledger.audit.log.EventLogPage;
import org.unionfund.ledger.audit.seal.SealKey;
import org.unionfund.ledger.audit.seal.SignedDocument;
import org.unionfund.ledger.audit.seal.SignedFiles;
import org.unionfund.ledger.audit.seal.TimestampTokens;
import org.unionfund.ledger.audit.seal.Timestamps;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The sealed statement of a closed year (年终结账报表): read from the log itself (the {@code YearSealed} event, its
 * global sequence and hash, and every {@code SealedYearCorrected} event that references the seal), signed with the
 * audit key and, when a TSA is configured, time-stamped (RFC 3161). Nothing here reads a projection.
 */
@Component
public class YearStatements {

    static final String SCHEME = "ledger-year-statement-v1";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int PAGE = 500;

    private final EventLog log;
    private final BodyDirectory directory;
    private final SealKey key;
    private final Timestamps timestamps;
    private final Clock clock;

    @Autowired
    public YearStatements(EventLog log, BodyDirectory directory, SealKey key, AuditProperties properties) {
        this(log, directory, key, TimestampTokens.of(properties.tsaUrl()), Clock.systemUTC());
    }

    YearStatements(EventLog log, BodyDirectory directory, SealKey key, Timestamps timestamps, Clock clock) {
        this.log = log;
        this.directory = directory;
        this.key = key;
        this.timestamps = timestamps;
        this.clock = clock;
    }

    /** The signed statement, or empty when the year of that body is not sealed. */
    public Optional<ObjectNode> signed(BodyId body, int year) {
        return statement(body, year).map(statement -> SignedDocument.seal(statement, key, timestamps));
    }

    /** A signed PDF of {@code document}: the printed page, with the seal and the statement's digest as claims. */
    public byte[] signedPdf(ObjectNode document, byte[] pdf) {
        JsonNode s = document.path("statement");
        ObjectNode claims = JsonNodeFactory.instance.objectNode();
        claims.put("kind", "year-statement");
        claims.put("file", "year-statement-" + s.path("bodyId").asText() + "-" + s.path("year").asInt() + ".pdf");
        claims.put("body", s.path("bodyId").asText());
        claims.put("year", s.path("year").asInt());
        claims.put("sealId", s.path("sealId").asText());
        claims.put("sequence", s.path("seal").path("gseq").asLong());
        claims.put("headHash", s.path("seal").path("hash").asText());
        claims.put("statementDigest", document.path("digest").asText());
        claims.put("corrections", s.path("correctionsAfterSeal").size());
        return SignedFiles.signBytes(pdf, false, claims, key);
    }

    /**
     * Every sealed year in the log, oldest first, each with its corrections after the seal and whether its signed
     * statement checks with the published public key (as {@code cli audit check-report} would).
     */
    public List<ObjectNode> sealedYears() {
        Map<String, List<EventLogEntry>> corrections = new HashMap<>();
        walk(null, "SealedYearCorrected", event -> corrections.computeIfAbsent(
                event.payload().path("sealId").asText(), k -> new ArrayList<>()).add(event));
        List<ObjectNode> seals = new ArrayList<>();
        walk(null, "YearSealed", event -> {
            JsonNode p = event.payload();
            BodyId body = new BodyId(text(p.path("bodyId")));
            String sealId = p.path("sealId").asText();
            Optional<BodyDirectoryEntry> entry = directory.find(body);
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            row.put("sealId", sealId);
            row.put("bodyId", body.value());
            row.put("bodyName", entry.map(BodyDirectoryEntry::name).orElse(body.value()));
            row.put("year", p.path("year").asInt());
            row.put("gseq", event.gseq());
            row.put("hash", event.hash());
            row.put("sealedAtLocal", local(event.recordedAt()));
            List<EventLogEntry> against = corrections.getOrDefault(sealId, List.of());
            row.put("corrections", against.size());
            Optional<ObjectNode> statement = entry.map(e -> build(e, body, p.path("year").asInt(), sealId, event,
                    against));
            row.set("correctionsAfterSeal", statement.map(st -> st.get("correctionsAfterSeal"))
                    .orElse(JsonNodeFactory.instance.arrayNode()));
            row.put("signatureHolds", statement.map(st -> SignedDocument.check(SignedDocument.seal(st, key,
                    Timestamps.NONE), key.publicKeyPem()).authentic()).orElse(false));
            row.put("keyId", key.keyId());
            seals.add(row);
        });
        return seals;
    }

    Optional<ObjectNode> statement(BodyId body, int year) {
        BodyDirectoryEntry entry = directory.require(body, "bodyId");
        String sealId = "seal:" + year + ":" + body.value();
        EventLogEntry[] seal = new EventLogEntry[1];
        walk(entry.ledgerId(), "YearSealed", event -> {
            if (sealId.equals(event.payload().path("sealId").asText())) {
                seal[0] = event;
            }
        });
        if (seal[0] == null) {
            return Optional.empty();
        }
        List<EventLogEntry> corrections = new ArrayList<>();
        walk(entry.ledgerId(), "SealedYearCorrected", event -> {
            if (sealId.equals(event.payload().path("sealId").asText())) {
                corrections.add(event);
            }
        });
        return Optional.of(build(entry, body, year, sealId, seal[0], corrections));
    }

    private ObjectNode build(BodyDirectoryEntry entry, BodyId body, int year, String sealId, EventLogEntry sealed,
            List<EventLogEntry> correctionEvents) {
        ArrayNode corrections = JsonNodeFactory.instance.arrayNode();
        for (EventLogEntry event : correctionEvents) {
            JsonNode p = event.payload();
            ObjectNode c = corrections.addObject();
            c.put("gseq", event.gseq());
            c.put("recordedAt", event.recordedAt());
            c.put("recordedAtLocal", local(event.recordedAt()));
            c.put("correctionPostingId", text(p.path("correctionPostingId")));
            c.put("originalPostingId", text(p.path("originalPostingId")));
            c.put("reason", p.path("reason").asText(""));
            c.put("hash", event.hash());
        }
        JsonNode payload = sealed.payload();
        ObjectNode statement = JsonNodeFactory.instance.objectNode();
        statement.put("scheme", SCHEME);
        statement.put("sealId", sealId);
        statement.put("ledgerId", entry.ledgerId());
        statement.put("bodyId", body.value());
        statement.put("bodyName", entry.name());
        statement.put("year", year);
        statement.put("closingPostingId", text(payload.path("closingPostingId")));
        ObjectNode head = statement.putObject("seal");
        head.put("gseq", sealed.gseq());
        head.put("commit", sealed.commit());
        head.put("hash", sealed.hash());
        head.put("recordedAt", sealed.recordedAt());
        head.put("recordedAtLocal", local(sealed.recordedAt()));
        ArrayNode lines = statement.putArray("lines");
        Map<String, BigDecimal[]> totals = new LinkedHashMap<>();
        for (JsonNode line : payload.path("lines")) {
            ObjectNode out = lines.addObject();
            JsonNode account = line.path("account");
            String kind = account.path("kind").asText();
            out.put("kind", kind);
            out.put("fund", text(account.path("fund")));
            out.put("earmark", text(account.path("earmark")));
            out.put("category", text(account.path("category")));
            out.put("programme", text(account.path("programme")));
            BigDecimal[] sum = totals.computeIfAbsent(kind, k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            String[] names = {"yearEnd", "carriedForward", "afterClose"};
            for (int i = 0; i < names.length; i++) {
                BigDecimal amount = new BigDecimal(line.path(names[i]).asText("0.00"));
                out.put(names[i], amount.toPlainString());
                sum[i] = sum[i].add(amount);
            }
        }
        ArrayNode sums = statement.putArray("totals");
        totals.forEach((kind, sum) -> sums.addObject().put("kind", kind).put("yearEnd", sum[0].toPlainString())
                .put("carriedForward", sum[1].toPlainString()).put("afterClose", sum[2].toPlainString()));
        statement.set("correctionsAfterSeal", corrections);
        String issued = Instant.now(clock).toString();
        statement.put("issuedAt", issued);
        statement.put("issuedAtLocal", local(issued));
        return statement;
    }

    private void walk(String ledgerId, String type, Consumer<EventLogEntry> each) {
        long after = 0;
        // a hang guard only: every page moves the cursor or ends the walk
        for (int pages = 0; pages < 1_000_000; pages++) {
            EventLogPage page = log.page(new EventFilter(null, ledgerId, type, null, null), after, PAGE);
            page.events().forEach(each);
            if (!page.more() || page.next() <= after) {
                return;
            }
            after = page.next();
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isObject() ? node.path("value").asText(null) : node.asText();
    }

    private static String local(String instant) {
        return instant == null ? null : LOCAL.format(Instant.parse(instant).atZone(CHINA));
    }
}
