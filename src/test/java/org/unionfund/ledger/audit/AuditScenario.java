package org.unionfund.ledger.audit;

import static org.unionfund.ledger.testsupport.GongshuCase.EARMARKED_LINE;
import static org.unionfund.ledger.testsupport.GongshuCase.HANGZHOU;
import static org.unionfund.ledger.testsupport.GongshuCase.LEDGER;
import static org.unionfund.ledger.testsupport.GongshuCase.ZHEJIANG;
import static org.unionfund.ledger.testsupport.GongshuCase.ZJ_FUND;
import static org.unionfund.ledger.testsupport.GongshuCase.EARMARK;
import static org.unionfund.ledger.testsupport.GongshuCase.courier;
import static org.unionfund.ledger.testsupport.GongshuCase.family;
import static org.unionfund.ledger.testsupport.GongshuCase.frontline;
import static org.unionfund.ledger.testsupport.GongshuCase.trip;
import static org.unionfund.ledger.testsupport.GongshuCase.world;
import static org.unionfund.ledger.testsupport.GongshuCase.yuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.CommitMatchingFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.EnrolmentId;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.RemoveNoShowCommand;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;

/**
 * A small Gongshu 2025 story as commands: bodies, the Zhejiang fund and its allocations down to Gongshu, Gongshu's
 * own fund, standards, contractor and destinations, the programme; two trips enrolled and settled (one on the
 * earmarked line), a no-show found afterwards, a matching allocation with a commitment, a partial reversal.
 */
public final class AuditScenario {

    public static final String SETTLEMENT = "S-MAY";
    public static final String SF_SETTLEMENT = "S-SF";
    /** The ledger postings the two settlements made. */
    public static final String SETTLEMENT_POSTING = PostingId.tripSettlement("T-MAY").value();
    public static final String SF_SETTLEMENT_POSTING = PostingId.tripSettlement("T-SF").value();
    public static final String MATCHED_ALLOCATION = "A-ZJ-HZ-M";

    private AuditScenario() {
    }

    /** The commands, in order; each is one commit. */
    public static List<Object> commands() {
        List<Object> all = new ArrayList<>(world(FrequencyRule.ONCE_PER_YEAR, yuan(3_000)));
        all.add(trip("T-MAY", LocalDate.of(2025, 5, 12), 3, 580));
        all.add(trip("T-SF", LocalDate.of(2025, 5, 6), 3, 580));
        all.add(enrol("T-MAY", frontline("p1", 1), frontline("p2", 2), frontline("p3", 3), frontline("p4", 4),
                courier("c1", 5)));
        all.add(enrol("T-SF", courier("s1", 11), courier("s2", 12), courier("s3", 13), family("fam-1")));
        all.add(new SettleTripCommand(new TripId("T-MAY"), new SettlementId(SETTLEMENT),
                List.of(new AttendeeFunding(new ParticipantId("p1"), null),
                        new AttendeeFunding(new ParticipantId("p2"), null),
                        new AttendeeFunding(new ParticipantId("p3"), null),
                        new AttendeeFunding(new ParticipantId("c1"), EARMARKED_LINE)), null,
                LocalDate.of(2025, 5, 16)));
        all.add(new SettleTripCommand(new TripId("T-SF"), new SettlementId(SF_SETTLEMENT),
                attendees("s1", "s2", "s3", "fam-1"), EARMARKED_LINE, LocalDate.of(2025, 5, 10)));
        all.add(new RemoveNoShowCommand(new TripId("T-MAY"), new CorrectionId("K-MAY-1"), new ParticipantId("p3"),
                "did not travel", LocalDate.of(2025, 5, 20)));
        all.add(new AllocateFundsCommand(LEDGER, new AllocationId(MATCHED_ALLOCATION), ZHEJIANG, ZJ_FUND, EARMARK,
                HANGZHOU, yuan(500_000), LocalDate.of(2025, 3, 1),
                new MatchingRequirement(10_000, LocalDate.of(2025, 6, 30))));
        all.add(new CommitMatchingFundsCommand(LEDGER, new CommitmentId("M-HZ-1"),
                new AllocationId(MATCHED_ALLOCATION), yuan(300_000), LocalDate.of(2025, 6, 20)));
        all.add(new ReversePostingCommand(LEDGER, new ReversalId("R-HZ-1"), new PostingId(MATCHED_ALLOCATION),
                null, yuan(50_000), "keyed in too high", LocalDate.of(2025, 6, 25), false));
        return all;
    }

    public static void run(CommandGateway commands) {
        commands().forEach(commands::sendAndWait);
    }

    private static EnrolParticipantsCommand enrol(String trip, Participant... participants) {
        return new EnrolParticipantsCommand(new TripId(trip), new EnrolmentId("E-" + trip), List.of(participants));
    }

    private static List<AttendeeFunding> attendees(String... ids) {
        return Arrays.stream(ids).map(id -> new AttendeeFunding(new ParticipantId(id), null)).toList();
    }
}
