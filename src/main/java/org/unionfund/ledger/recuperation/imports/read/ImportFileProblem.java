package org.unionfund.ledger.recuperation.imports.read;

/**
 * A file that cannot be read as an import table at all (wrong encoding, malformed or password-protected workbook,
 * formula or merged cells, empty sheet, missing columns, over a limit). Nothing is written; the web layer answers
 * 400 problem+json with the rule, and the row and column where there is one.
 */
public class ImportFileProblem extends RuntimeException {

    private final String rule;
    private final Integer row;
    private final String column;

    public ImportFileProblem(String rule, Integer row, String column, String message) {
        super(message);
        this.rule = rule;
        this.row = row;
        this.column = column;
    }

    public ImportFileProblem(String rule, String message) {
        this(rule, null, null, message);
    }

    public String rule() {
        return rule;
    }

    public Integer row() {
        return row;
    }

    public String column() {
        return column;
    }
}
