package org.unionfund.ledger.reporting.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The sign-off block a filed report ends with (编制单位、制表人、审核人、日期), printed by the HTML and PDF formats only:
 * it names who printed the report and when, so it stays out of JSON, CSV and XLSX, which are reproducible byte for
 * byte. {@code preparedBy} is the signed-in user (null: a line to sign, e.g. for the scheduled job); the reviewer
 * (审核人) is always a line to sign by hand; {@code date} is the local date in Asia/Shanghai.
 */
public record SignOff(String preparedBy, LocalDate date) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static SignOff of(String preparedBy, Clock clock) {
        return new SignOff(preparedBy == null || preparedBy.isBlank() ? null : preparedBy,
                LocalDate.now(clock.withZone(ZONE)));
    }

    /** The date as filed reports write it: 2025年1月5日. */
    public String dateText() {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
