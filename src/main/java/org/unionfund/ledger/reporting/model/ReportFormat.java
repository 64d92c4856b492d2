package org.unionfund.ledger.reporting.model;

import java.util.Locale;

import org.unionfund.ledger.platform.projection.QueryRefused;

/** The formats a yearly report is written in. */
public enum ReportFormat {
    JSON("application/json", ".json"),
    /** A zip of one CSV per table (or, with a table name, that one CSV: {@link #CSV_TABLE_TYPE}). */
    CSV("application/zip", ".csv.zip"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    HTML("text/html;charset=UTF-8", ".html"),
    /** A4 landscape, every column on the page, CJK font embedded. */
    PDF("application/pdf", ".pdf");

    public static final String CSV_TABLE_TYPE = "text/csv;charset=UTF-8";

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static ReportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryRefused("invalid-filter", "format", "format is one of json, csv, xlsx, html, pdf");
        }
    }
}
