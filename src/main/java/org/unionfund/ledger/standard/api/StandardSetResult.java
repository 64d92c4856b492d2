package org.unionfund.ledger.standard.api;

/** The standard as recorded; repeating the command returns the same result. */
public record StandardSetResult(StandardScheduleId scheduleId, StandardEntry standard) {
}
