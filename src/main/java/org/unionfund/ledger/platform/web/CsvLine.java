package org.unionfund.ledger.platform.web;

import java.util.List;

/**
 * One line of an RFC 4180 CSV file, as every CSV the ledger writes has it (reports, screen exports, import chunks):
 * fields separated by commas, a field holding a comma, quote or line break quoted with its quotes doubled, CRLF at
 * the end.
 */
public final class CsvLine {

    private CsvLine() {
    }

    public static String of(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                line.append(f);
            }
        }
        return line.append("\r\n").toString();
    }
}
