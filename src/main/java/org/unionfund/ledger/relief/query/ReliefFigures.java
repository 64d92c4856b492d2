package org.unionfund.ledger.relief.query;

import java.util.List;

/**
 * Relief figures of a region (a body and its subtree) for a year, written as the statistics API writes figures
 * (platform.projection.Figures): budget, amount paid net of reversals, payments (人次), distinct persons (人数), per
 * capita (amount ÷ persons), execution rate (paid ÷ budget), workers on the registers of the groups and coverage
 * (persons of those groups ÷ registered); by group with coverage, and by the body's children rolled up over their
 * subtrees. {@code kind} is null for all kinds together; {@code byKind} holds one such figure per programme kind
 * present (empty inside a kind).
 */
public record ReliefFigures(String bodyId, String bodyName, int year, String budget, String paid, long payments,
        long persons, String perCapita, String executionRate, List<GroupRow> byGroup, List<RegionRow> byRegion,
        Long eligible, String coverage, String kind, String kindZh, String kindEn, List<ReliefFigures> byKind) {

    /** One group: its names, persons and payments reached, amount, eligible workers registered, coverage. */
    public record GroupRow(String group, String nameZh, String nameEn, long persons, long payments, String amount,
            String perCapita, Long eligible, String coverage) {
    }

    /** One child region (or the body itself, for what it paid directly), rolled up over its subtree. */
    public record RegionRow(String bodyId, String name, long persons, long payments, String amount,
            String perCapita) {
    }
}
