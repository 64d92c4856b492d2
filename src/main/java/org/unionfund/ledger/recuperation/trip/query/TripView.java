package org.unionfund.ledger.recuperation.trip.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A trip as the REST API shows it, folded from the trip's own events (always current). Amounts are yuan strings;
 * workers appear only by pseudonym. {@code name}: the display name given at scheduling, or one derived from the
 * destination and dates (e.g. "ANJI-BASE 2025-04-14起3日") for trips scheduled without one.
 */
public record TripView(
        String tripId,
        String name,
        String programmeId,
        String ledgerId,
        String bodyId,
        String contractorId,
        String destinationId,
        String destinationRegion,
        boolean pairedAidRegion,
        LocalDate startDate,
        int days,
        String pricePerPersonPerDay,
        String costPerPerson,
        Standard priceCap,
        Standard lengthLimit,
        Standard annualCapStandard,
        List<ParticipantView> participants,
        SettlementView settlement,
        List<CorrectionView> corrections,
        Totals totals) {

    /** A standard the trip was judged by ({@code standardId} null = configured default). */
    public record Standard(String kind, String standardId, String regionBodyId, String amount, Integer days,
            LocalDate effectiveFrom) {
    }

    /** {@code status}: ENROLLED, ATTENDED, NO_SHOW (not in the settlement) or REMOVED (no-show found later). */
    public record ParticipantView(String participantId, String worker, String category, String newFormSubtype,
            String ownership, String employerName, boolean familyMember, String status, String fundId,
            String earmark, String charged) {
    }

    public record SettlementView(String settlementId, LocalDate settledOn, String postingId, int attended,
            int noShows, int selfPaid, String total) {
    }

    public record CorrectionView(String correctionId, String event, String participantId, String detail,
            List<String> postingIds) {
    }

    /**
     * Net of corrections. {@code attended}: everyone who went (workers and family); {@code participantDays}: trip days
     * of attending workers only (the statistics' meaning: family members are never counted in a union figure);
     * {@code familyAttended} and {@code familyParticipantDays}: the self-paying family members, shown apart;
     * {@code charged}: union money spent.
     */
    public record Totals(int enrolled, int attended, int charged, String chargedAmount, int participantDays,
            int familyAttended, int familyParticipantDays) {
    }
}
