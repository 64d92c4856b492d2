package org.unionfund.ledger.relief.api;

import org.unionfund.ledger.kernel.SafeId;

/**
 * Client-chosen id of a relief campaign (送温暖/帮扶活动), at most 48 characters so that the campaign's payment
 * postings ({@code relief-pay:<n>:<id>}) fit a posting id; also the id of its budget posting and the programme name
 * of its PROGRAMME lines in the ledger. {@link #toString()} is the aggregate identifier in the event store.
 */
public record CampaignId(String value) implements SafeId {

    public static final String PREFIX = "relief-campaign:";
    public static final int MAX_LENGTH = 48;

    public CampaignId {
        SafeId.require(value, "campaignId", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return PREFIX + value;
    }
}
