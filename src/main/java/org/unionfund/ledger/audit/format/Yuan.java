package org.unionfund.ledger.audit.format;

import java.util.Iterator;
import java.util.Map;

import org.unionfund.ledger.kernel.Money;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Renders amounts for people: every {@code {"fen": n}} object (a serialised Money) becomes the yuan string "n/100". */
public final class Yuan {

    private Yuan() {
    }

    /** A copy of the tree with Money objects replaced by yuan strings ("1500.00"). */
    public static JsonNode render(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (isMoney(node)) {
            return TextNode.valueOf(Money.ofFen(node.get("fen").asLong()).toYuanString());
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), render(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(element -> copy.add(render(element)));
            return copy;
        }
        return node;
    }

    public static String of(long fen) {
        return Money.ofFen(fen).toYuanString();
    }

    private static boolean isMoney(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.has("fen") && node.get("fen").canConvertToLong()
                && node.get("fen").isIntegralNumber();
    }
}
