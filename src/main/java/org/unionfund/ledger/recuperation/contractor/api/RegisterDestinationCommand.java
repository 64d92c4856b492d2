package org.unionfund.ledger.recuperation.contractor.api;

import java.util.Objects;
import java.util.regex.Pattern;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a destination with the GB/T 2260 code of its region; {@code pairedAidRegion}: a region Zhejiang is
 * paired with for aid (对口支援地区), where trips may be longer. Repeating it with the same details is idempotent.
 */
public record RegisterDestinationCommand(
        @TargetAggregateIdentifier DestinationId destinationId,
        String name,
        String regionCode,
        boolean pairedAidRegion) {

    private static final Pattern CODE = Pattern.compile("[1-9][0-9]{5}");

    public RegisterDestinationCommand {
        Objects.requireNonNull(destinationId, "destinationId");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1 to 200 characters");
        }
        if (regionCode == null || !CODE.matcher(regionCode).matches()) {
            throw new IllegalArgumentException("regionCode must be a 6-digit GB/T 2260 code");
        }
    }
}
