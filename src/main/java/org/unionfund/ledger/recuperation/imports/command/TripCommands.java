package org.unionfund.ledger.recuperation.imports.command;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.imports.rows.ImportRow;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;
import org.unionfund.ledger.recuperation.imports.rows.TripKey;
import org.unionfund.ledger.kernel.SafeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.EnrolmentId;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;

/**
 * The ordinary trip commands for one imported trip — schedule, enrol (batches of at most 500), settle by who went —
 * with ids derived from the file's content only (trip code, batch number), so importing the same rows again sends
 * the same commands and the trip's idempotency records nothing new. Workers' participant ids are their pseudonyms;
 * a family member without an identity number is {@code F<n>:<trip>} by order in the trip.
 */
record TripCommands(ScheduleTripCommand schedule, List<EnrolParticipantsCommand> enrolments,
        SettleTripCommand settlement, List<Integer> participantRows, List<Integer> attendeeRows,
        List<Integer> chargedRows, List<String> participantIds) {

    static TripCommands of(ImportedTrip imported) {
        TripKey key = imported.key();
        TripId trip = new TripId(imported.tripId());
        List<Participant> participants = new ArrayList<>();
        List<Integer> participantRows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<AttendeeFunding> attendees = new ArrayList<>();
        List<Integer> attendeeRows = new ArrayList<>();
        List<Integer> chargedRows = new ArrayList<>();
        int family = 0;
        for (ImportRow row : imported.rows()) {
            String id = row.worker() != null ? row.worker().value() : id("F" + (++family), imported.tripId());
            participants.add(new Participant(new ParticipantId(id), row.worker(), row.category(), row.newFormSubtype(),
                    row.ownership(), row.employerName(), row.familyMember()));
            participantRows.add(row.rowNumber());
            ids.add(id);
            if (row.attended()) {
                attendees.add(new AttendeeFunding(new ParticipantId(id), row.familyMember() ? familyLine(row)
                        : row.line()));
                attendeeRows.add(row.rowNumber());
                if (!row.familyMember()) {
                    chargedRows.add(row.rowNumber());
                }
            }
        }
        List<EnrolParticipantsCommand> enrolments = new ArrayList<>();
        for (int from = 0, batch = 1; from < participants.size(); from += EnrolParticipantsCommand.MAX_BATCH, batch++) {
            enrolments.add(new EnrolParticipantsCommand(trip, new EnrolmentId(id("IMP-E" + batch, imported.tripId())),
                    participants.subList(from, Math.min(participants.size(), from + EnrolParticipantsCommand.MAX_BATCH))));
        }
        SettleTripCommand settle = attendees.isEmpty() ? null : new SettleTripCommand(trip,
                new SettlementId(id("IMP-S", imported.tripId())), attendees, null, imported.rows().stream()
                .map(ImportRow::settledOn).filter(d -> d != null).findFirst().orElse(null));
        return new TripCommands(new ScheduleTripCommand(trip, new ProgrammeId(key.programmeId()),
                new ContractorId(key.contractorId()), new DestinationId(key.destinationId()), key.startDate(),
                key.days(), key.pricePerPersonPerDay()), enrolments, settle, participantRows, attendeeRows,
                chargedRows, ids);
    }

    /** A family member's row may name a line; the settlement then refuses it (family-member-charged). */
    private static org.unionfund.ledger.recuperation.programme.api.ProgrammeLine familyLine(ImportRow row) {
        return row.line();
    }

    /** {@code prefix:trip}, or {@code prefix:} and a hash of the trip code when that would exceed 64 characters. */
    static String id(String prefix, String tripId) {
        String id = prefix + ":" + tripId;
        if (id.length() <= SafeId.MAX_LENGTH) {
            return id;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(tripId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return prefix + ":" + HexFormat.of().formatHex(hash, 0, 20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
