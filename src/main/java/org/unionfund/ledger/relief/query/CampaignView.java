package org.unionfund.ledger.relief.query;

import java.util.List;

/** A campaign as read: settings, budget, paid net of reversals, payments, persons, execution rate, by group. */
public record CampaignView(String campaignId, String name, String bodyId, int year, String periodFrom,
        String periodTo, int paymentsPerPerson, String budget, String paid, long payments, long persons,
        String executionRate, List<GroupLine> groups) {

    public record GroupLine(String group, String nameZh, String nameEn, long persons, long payments, String amount) {
    }
}
