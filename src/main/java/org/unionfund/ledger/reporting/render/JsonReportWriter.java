package org.unionfund.ledger.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Column;
import org.unionfund.ledger.reporting.model.Indicator;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.ReportBasis;
import org.unionfund.ledger.reporting.model.ReportLabels;
import org.unionfund.ledger.reporting.model.Table;
import org.unionfund.ledger.reporting.model.YearlyReport;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report as JSON: members in a fixed order, two-space indentation with line feeds (whatever the platform), UTF-8,
 * amounts and ratios as the decimal strings of the statistics API ({@code "8450000.00"}, {@code "0.0200"}), counts as
 * numbers, no time of generation — the same report gives the same bytes.
 */
public final class JsonReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonReportWriter() {
    }

    public static byte[] write(YearlyReport report) {
        return write(tree(report));
    }

    /** A report's tree (possibly with its signature member) in the report's JSON layout. */
    static byte[] write(ObjectNode root) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
                generator.setPrettyPrinter(printer);
                MAPPER.writeTree(generator, root);
            }
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(YearlyReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("report", YearlyReport.KIND);
        root.put("schema", YearlyReport.SCHEMA);
        root.put("year", report.year());
        ObjectNode body = root.putObject("body");
        body.put("id", report.body().id());
        body.put("name", report.body().name());
        body.put("level", report.body().level());
        body.put("levelLabel", ReportLabels.LEVEL.of(report.body().level()));
        body.put("subtree", true);
        root.set("basis", basis(report.basis()));
        ArrayNode summary = root.putArray("summary");
        report.summary().forEach(summary::add);
        ObjectNode totals = root.putObject("totals");
        for (Indicator indicator : report.totals()) {
            ObjectNode group = totals.has(indicator.group()) ? (ObjectNode) totals.get(indicator.group())
                    : totals.putObject(indicator.group());
            put(group, indicator.key(), indicator.value());
        }
        ObjectNode tables = root.putObject("tables");
        for (Table table : report.tables()) {
            if (table.name().equals("totals")) {
                continue;
            }
            ObjectNode t = tables.putObject(table.name());
            t.put("title", table.title());
            ArrayNode columns = t.putArray("columns");
            for (Column column : table.columns()) {
                columns.addObject().put("key", column.key()).put("label", column.label());
            }
            ArrayNode rows = t.putArray("rows");
            for (List<Object> row : table.rows()) {
                ObjectNode r = rows.addObject();
                for (int i = 0; i < row.size(); i++) {
                    put(r, table.columns().get(i).key(), row.get(i));
                }
            }
            if (table.total() != null) {
                ObjectNode total = t.putObject("total");
                for (int i = 0; i < table.total().size(); i++) {
                    put(total, table.columns().get(i).key(), table.total().get(i));
                }
            }
        }
        return root;
    }

    private static ObjectNode basis(ReportBasis b) {
        ObjectNode basis = NODES.objectNode();
        basis.put("source", b.source());
        basis.put("asOf", b.asOf());
        basis.put("sequence", b.sequence());
        basis.put("recordedAt", b.recordedAt());
        basis.put("caughtUp", b.caughtUp());
        if (b.checkpoint() == null) {
            basis.putNull("checkpoint");
        } else {
            basis.putObject("checkpoint").put("number", b.checkpoint().number()).put("from", b.checkpoint().from())
                    .put("to", b.checkpoint().to()).put("hash", b.checkpoint().hash())
                    .put("scheme", b.checkpoint().scheme());
        }
        if (b.tail() == null) {
            basis.putNull("tail");
        } else {
            basis.putObject("tail").put("from", b.tail().from()).put("to", b.tail().to())
                    .put("commits", b.tail().commits()).put("sha256", b.tail().sha256());
        }
        basis.put("reproduce", "asOf=" + b.sequence());
        basis.put("verify", b.checkpoint() == null ? null : "POST /api/v1/audit/checkpoints/check {\"number\":"
                + b.checkpoint().number() + ",\"hash\":\"" + b.checkpoint().hash() + "\"}");
        return basis;
    }

    static void put(ObjectNode node, String key, Object value) {
        if (value == null) {
            node.putNull(key);
        } else if (value instanceof Long number) {
            node.put(key, number);
        } else if (value instanceof Integer number) {
            node.put(key, number);
        } else if (value instanceof Boolean bool) {
            node.put(key, bool);
        } else if (value instanceof Amount amount) {
            node.put(key, amount.text());
        } else if (value instanceof Ratio ratio) {
            node.put(key, ratio.text());
        } else {
            node.put(key, String.valueOf(value));
        }
    }
}
