package org.unionfund.ledger.recuperation.imports.rows;

/**
 * Why a row is refused: the rule code (the command path's codes, or an import code such as {@code invalid-date}),
 * the column it is about (header name, may be null) and the reason in Chinese and English. Never holds an identity
 * number.
 */
public record RowProblem(int rowNumber, String column, String rule, String zh, String en) {
}
