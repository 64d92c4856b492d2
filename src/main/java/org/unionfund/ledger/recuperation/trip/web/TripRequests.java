package org.unionfund.ledger.recuperation.trip.web;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the trip API. */
final class TripRequests {

    private TripRequests() {
    }

    @Schema(description = "A programme line: fund and earmark (null = the fund's unrestricted line)")
    record Line(@NotNull @SafeIdentifier @Schema(example = "ZJ-2025-RECUP") String fundId,
            @SafeIdentifier @Schema(example = "NONPUB-NEWFORM", nullable = true) String earmark) {

        ProgrammeLine toLine() {
            return new ProgrammeLine(new FundId(fundId), earmark);
        }

        static ProgrammeLine of(Line line) {
            return line == null ? null : line.toLine();
        }
    }

    record ScheduleTripRequest(
            @SafeIdentifier @Schema(example = "GS-2025-T001") String tripId,
            @NotNull @SafeIdentifier @Schema(example = "GS-2025-LIAOXIU") String programmeId,
            @NotNull @SafeIdentifier @Schema(example = "HZ-TRAVEL-01") String contractorId,
            @NotNull @SafeIdentifier @Schema(example = "ANJI-BASE") String destinationId,
            @NotNull @Schema(example = "2025-04-14") LocalDate startDate,
            @NotNull @Schema(description = "Days including travel", example = "3") Integer days,
            @NotNull @YuanAmount @Schema(example = "580.00") String pricePerPersonPerDay,
            @Size(max = 200) @Schema(description = "Display name; optional (shown as destination and dates when "
                    + "absent)", example = "安吉3日疗休养（4月14日）") String name) {
    }

    @Schema(description = "A person to enrol. idNumber is turned into a keyed pseudonym at once and never stored "
            + "or echoed; participantId defaults to that pseudonym.")
    record ParticipantRequest(
            @SafeIdentifier @Schema(nullable = true, example = "SF-001") String participantId,
            @Size(max = 64) @Schema(description = "Resident identity card number (or other identifier with idScheme);"
                    + " required for workers, optional for family members", example = "33010519900101123X")
            String idNumber,
            @Size(max = 32) @Schema(description = "CN_RID (default) or e.g. PASSPORT", nullable = true) String idScheme,
            @Schema(nullable = true) WorkerCategory category,
            @Schema(nullable = true) NewFormSubtype newFormSubtype,
            @Schema(nullable = true) EmployerOwnership ownership,
            @Size(max = 200) @Schema(nullable = true, example = "顺丰速运") String employerName,
            @Schema(description = "Travels with a worker at own cost; never charged to a union line")
            boolean familyMember) {

        /** Keeps the identity number out of logs and error messages. */
        @Override
        public String toString() {
            return "ParticipantRequest[" + participantId + "]";
        }
    }

    record EnrolRequest(
            @SafeIdentifier @Schema(example = "GS-2025-T003-E1") String enrolmentId,
            @NotEmpty @Size(max = 500) @Valid List<ParticipantRequest> participants) {

        @Override
        public String toString() {
            return "EnrolRequest[" + enrolmentId + ", " + (participants == null ? 0 : participants.size()) + "]";
        }
    }

    record Attendee(@NotNull @SafeIdentifier String participantId, @Valid @Schema(nullable = true) Line line) {
    }

    record SettleRequest(
            @SafeIdentifier @Schema(example = "GS-2025-T001-S") String settlementId,
            @NotEmpty @Size(max = 500) @Valid List<Attendee> attendees,
            @Valid @Schema(nullable = true, description = "Line for attendees without one; default: the "
                    + "programme's first unrestricted line") Line defaultLine,
            @Schema(nullable = true, description = "Effective date; default the trip's start date") LocalDate settledOn) {
    }

    record NoShowRequest(@SafeIdentifier String correctionId, @NotNull @SafeIdentifier String participantId,
            @NotBlank @Size(max = 500) String reason, @NotNull LocalDate effectiveDate) {
    }

    record CategoryRequest(@SafeIdentifier String correctionId, @NotNull @SafeIdentifier String participantId,
            @NotNull WorkerCategory category, NewFormSubtype newFormSubtype, @Valid Line rechargeTo,
            @NotBlank @Size(max = 500) String reason, @NotNull LocalDate effectiveDate) {
    }

    record RechargeRequest(@SafeIdentifier String correctionId, @NotNull @SafeIdentifier String participantId,
            @NotNull @Valid Line line, @NotBlank @Size(max = 500) String reason, @NotNull LocalDate effectiveDate) {
    }
}
