package org.unionfund.ledger.audit.statement;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HTML form of a signed year statement: a readable page (Chinese first, English beside it) that carries the
 * signed JSON document in a {@code <script type="application/json">} block. The page is a pure function of that
 * block, so the offline check re-renders it and compares: changing a figure on the page, or in the block, fails.
 */
public final class StatementHtml {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLOCK_START = "<script type=\"application/json\" id=\"ledger-signed-document\">";
    private static final Pattern BLOCK = Pattern.compile(Pattern.quote(BLOCK_START) + "(.*?)</script>",
            Pattern.DOTALL);
    private static final Map<String, String> KINDS = Map.of("SOURCE", "收入来源 Source", "FUND", "经费 Fund",
            "EXPENSE", "支出 Expense", "PROGRAMME", "项目预算 Programme budget");

    private StatementHtml() {
    }

    public static String render(JsonNode document) {
        JsonNode s = document.path("statement");
        StringBuilder html = new StringBuilder(8192);
        String title = s.path("bodyName").asText() + " " + s.path("year").asInt() + " 年度结账报表";
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 8px}"
                        + ".num{text-align:right}.total td{font-weight:bold}.en{color:#666}</style>\n</head>\n<body>\n");
        html.append("<h1>").append(esc(title)).append(" <span class=\"en\">Sealed year statement</span></h1>\n");
        html.append("<p>封存编号 Seal: ").append(esc(s.path("sealId").asText())).append("；结账过账 Closing posting: ")
                .append(esc(s.path("closingPostingId").asText())).append("</p>\n");
        JsonNode seal = s.path("seal");
        html.append("<p>封存于 Sealed at ").append(esc(seal.path("recordedAtLocal").asText()))
                .append("（北京时间）；全局序号 Global sequence ").append(seal.path("gseq").asLong())
                .append("；哈希 Hash <code>").append(esc(seal.path("hash").asText())).append("</code></p>\n");
        html.append("<h2>试算平衡表 <span class=\"en\">Trial balance</span>（金额单位：元 yuan）</h2>\n<table>\n<thead><tr>"
                + "<th>科目类别 Kind</th><th>经费 Fund</th><th>专项 Earmark</th><th>支出类别 Category</th>"
                + "<th>项目 Programme</th><th>年末余额 Year end</th><th>结转下年 Carried forward</th>"
                + "<th>结转后 After close</th></tr></thead>\n<tbody>\n");
        for (JsonNode line : s.path("lines")) {
            html.append("<tr><td>").append(esc(KINDS.getOrDefault(line.path("kind").asText(),
                    line.path("kind").asText()))).append("</td>");
            for (String name : new String[] {"fund", "earmark", "category", "programme"}) {
                html.append("<td>").append(esc(line.path(name).asText(""))).append("</td>");
            }
            amounts(html, line);
            html.append("</tr>\n");
        }
        for (JsonNode total : s.path("totals")) {
            html.append("<tr class=\"total\"><td colspan=\"5\">合计 Total: ").append(esc(KINDS.getOrDefault(
                    total.path("kind").asText(), total.path("kind").asText()))).append("</td>");
            amounts(html, total);
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<h2>封存后更正 <span class=\"en\">Corrections after the seal</span></h2>\n");
        if (s.path("correctionsAfterSeal").isEmpty()) {
            html.append("<p>无 None</p>\n");
        } else {
            html.append("<table>\n<thead><tr><th>记录时间 Recorded</th><th>全局序号 Global sequence</th>"
                    + "<th>更正过账 Correction</th><th>原过账 Original</th><th>原因 Reason</th></tr></thead>\n<tbody>\n");
            for (JsonNode c : s.path("correctionsAfterSeal")) {
                html.append("<tr><td>").append(esc(c.path("recordedAtLocal").asText())).append("</td><td class=\"num\">")
                        .append(c.path("gseq").asLong()).append("</td><td>")
                        .append(esc(c.path("correctionPostingId").asText())).append("</td><td>")
                        .append(esc(c.path("originalPostingId").asText())).append("</td><td>")
                        .append(esc(c.path("reason").asText())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("<h2>核验 <span class=\"en\">Checking this statement</span></h2>\n<p>摘要 Digest (SHA-256): <code>")
                .append(esc(document.path("digest").asText())).append("</code><br/>签名 Signature: ")
                .append(esc(document.path("signature").path("algorithm").asText())).append("，密钥 key ")
                .append(esc(document.path("signature").path("keyId").asText())).append("<br/>出具于 Issued ")
                .append(esc(s.path("issuedAtLocal").asText())).append("（北京时间）")
                .append(document.hasNonNull("timestamp") ? "；附 RFC 3161 时间戳 with an RFC 3161 timestamp" : "")
                .append("</p>\n<p>离线核验 Offline check: <code>cli audit check-report 本文件 --public-key 公钥文件</code>"
                        + "（docs/audit.md）</p>\n");
        html.append(BLOCK_START).append(embedded(document)).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    /**
     * The page as well-formed XHTML for printing (PDF): the same markup without the signed JSON block (a signed PDF
     * carries its own signature), {@code css} added after the page's own style.
     */
    public static String xhtml(JsonNode document, String css) {
        return BLOCK.matcher(render(document)).replaceFirst("")
                .replace("<!DOCTYPE html>\n<html lang=\"zh-CN\">", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">")
                .replace("</style>\n</head>", "</style>\n<style>" + css + "</style>\n</head>");
    }

    /** The signed document carried by a page this class rendered, or null when it carries none. */
    public static JsonNode extract(String html) {
        Matcher block = BLOCK.matcher(html);
        if (!block.find()) {
            return null;
        }
        try {
            return JSON.readTree(block.group(1));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void amounts(StringBuilder html, JsonNode row) {
        for (String name : new String[] {"yearEnd", "carriedForward", "afterClose"}) {
            html.append("<td class=\"num\">").append(esc(row.path(name).asText())).append("</td>");
        }
    }

    private static String embedded(JsonNode document) {
        try {
            // '<' escaped so the block can never close the script element early; still the same JSON
            return JSON.writeValueAsString(document).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
