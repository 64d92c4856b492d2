package org.unionfund.ledger.recuperation.trip.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.trip.api.JudgedStandard;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantsEnrolledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;

/**
 * Reads a trip by folding its event stream from the event store: a simple read model that is always consistent
 * with the commands (statistics across trips are left to the projections).
 */
@Component
public record TripReadModel(EventStore events) {

    public Optional<TripView> find(TripId id) {
        Fold fold = new Fold();
        events.readEvents(id.toString()).asStream().map(DomainEventMessage::getPayload).forEach(fold::on);
        return Optional.ofNullable(fold.view());
    }

    /** Mutable state of one fold. */
    static final class Fold {

        private TripScheduledEvent schedule;
        private final Map<String, Participant> participants = new LinkedHashMap<>();
        private final Map<String, String> status = new LinkedHashMap<>();
        private final Map<String, ParticipantCharge> charges = new LinkedHashMap<>();
        private TripSettledEvent settled;
        private final List<TripView.CorrectionView> corrections = new ArrayList<>();

        void on(Object event) {
            if (event instanceof TripScheduledEvent e) {
                schedule = e;
            } else if (event instanceof ParticipantsEnrolledEvent e) {
                e.participants().forEach(p -> {
                    participants.put(p.participantId().value(), p);
                    status.put(p.participantId().value(), "ENROLLED");
                });
            } else if (event instanceof TripSettledEvent e) {
                settled = e;
                e.attended().forEach(id -> status.put(id.value(), "ATTENDED"));
                e.noShows().forEach(id -> status.put(id.value(), "NO_SHOW"));
                e.charges().forEach(c -> charges.put(c.participantId().value(), c));
            } else if (event instanceof NoShowRemovedEvent e) {
                status.put(e.participantId().value(), "REMOVED");
                charges.remove(e.participantId().value());
                corrections.add(new TripView.CorrectionView(e.correctionId().value(), "NoShowRemovedEvent",
                        e.participantId().value(), e.reason(), ids(e.reversal())));
            } else if (event instanceof ParticipantCategoryChangedEvent e) {
                participants.computeIfPresent(e.participantId().value(),
                        (k, p) -> p.withCategory(e.toCategory(), e.toSubtype()));
                corrections.add(new TripView.CorrectionView(e.correctionId().value(),
                        "ParticipantCategoryChangedEvent", e.participantId().value(),
                        e.fromCategory() + " -> " + e.toCategory() + ": " + e.reason(), List.of()));
            } else if (event instanceof ParticipantRechargedEvent e) {
                charges.computeIfPresent(e.participantId().value(), (k, c) -> c.withLine(e.toLine()));
                corrections.add(new TripView.CorrectionView(e.correctionId().value(), "ParticipantRechargedEvent",
                        e.participantId().value(), e.fromLine() + " -> " + e.toLine() + ": " + e.reason(),
                        List.of(e.reversal().id().value(), e.charge().id().value())));
            }
        }

        private static List<String> ids(Posting posting) {
            return posting == null ? List.of() : List.of(posting.id().value());
        }

        TripView view() {
            if (schedule == null) {
                return null;
            }
            List<TripView.ParticipantView> list = new ArrayList<>();
            int attended = 0;
            int family = 0;
            Money charged = Money.ZERO;
            for (Participant p : participants.values()) {
                String id = p.participantId().value();
                ParticipantCharge charge = charges.get(id);
                if ("ATTENDED".equals(status.get(id))) {
                    attended++;
                    family += p.familyMember() ? 1 : 0;
                }
                if (charge != null) {
                    charged = charged.plus(charge.amount());
                }
                list.add(new TripView.ParticipantView(id, p.worker() == null ? null : p.worker().value(),
                        name(p.category()), name(p.newFormSubtype()), name(p.ownership()), p.employerName(),
                        p.familyMember(), status.get(id), charge == null ? null : charge.line().fundId().value(),
                        charge == null ? null : charge.line().earmark(),
                        charge == null ? null : charge.amount().toYuanString()));
            }
            TripView.SettlementView settlement = settled == null ? null : new TripView.SettlementView(
                    settled.settlementId().value(), settled.settledOn(),
                    settled.posting() == null ? null : settled.posting().id().value(), settled.attended().size(),
                    settled.noShows().size(), settled.selfPaid().size(), settled.total().toYuanString());
            return new TripView(schedule.tripId().value(), displayName(schedule), schedule.programmeId().value(),
                    schedule.ledgerId().rootBodyId(), schedule.bodyId().value(), schedule.contractorId().value(),
                    schedule.destinationId().value(), schedule.destinationRegion(), schedule.pairedAidRegion(),
                    schedule.startDate(), schedule.days(), schedule.pricePerPersonPerDay().toYuanString(),
                    schedule.costPerPerson().toYuanString(), standard(schedule.priceCap()),
                    standard(schedule.lengthLimit()), standard(schedule.annualCapStandard()), list, settlement,
                    List.copyOf(corrections), new TripView.Totals(participants.size(), attended, charges.size(),
                            charged.toYuanString(), (attended - family) * schedule.days(), family,
                            family * schedule.days()));
        }

        static String displayName(TripScheduledEvent e) {
            return e.name() != null ? e.name()
                    : e.destinationId().value() + " " + e.startDate() + "起" + e.days() + "日";
        }

        private static TripView.Standard standard(JudgedStandard s) {
            if (s == null) {
                return null;
            }
            return new TripView.Standard(s.kind().name(), s.standardId() == null ? null : s.standardId().value(),
                    s.regionBodyId() == null ? null : s.regionBodyId().value(),
                    s.value().amount() == null ? null : s.value().amount().toYuanString(), s.value().days(),
                    s.effectiveFrom());
        }

        private static String name(Enum<?> value) {
            return value == null ? null : value.name();
        }
    }
}
