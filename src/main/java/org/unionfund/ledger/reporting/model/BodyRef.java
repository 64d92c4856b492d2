package org.unionfund.ledger.reporting.model;

/** The union body a report is about (with its whole subtree): id, name, level, whether it has children. */
public record BodyRef(String id, String name, String level, boolean hasChildren) {
}
