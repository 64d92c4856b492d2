package org.unionfund.ledger.recuperation.standard.api;

/** The standard as recorded; repeating the command returns the same result. */
public record StandardSetResult(StandardScheduleId scheduleId, StandardEntry standard) {
}
