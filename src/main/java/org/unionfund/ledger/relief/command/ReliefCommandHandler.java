package org.unionfund.ledger.relief.command;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.AllocateProgrammeBudgetCommand;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.relief.api.CampaignId;
import org.unionfund.ledger.relief.api.CampaignOpenedEvent;
import org.unionfund.ledger.relief.api.GroupTermSetEvent;
import org.unionfund.ledger.relief.api.OpenCampaignCommand;
import org.unionfund.ledger.relief.api.PayReliefCommand;
import org.unionfund.ledger.relief.api.ReliefPaidEvent;
import org.unionfund.ledger.relief.api.ReliefPaymentReversedEvent;
import org.unionfund.ledger.relief.api.ReliefResult;
import org.unionfund.ledger.relief.api.ReliefRuleViolation;
import org.unionfund.ledger.relief.api.ReverseReliefPaymentCommand;
import org.unionfund.ledger.relief.api.SetGroupTermCommand;
import org.unionfund.ledger.kernel.Idempotency;

/**
 * Opens campaigns, pays and reverses relief. Each command is one unit of work over the {@link ReliefCampaign} and the
 * ledger of its tree (through {@link CampaignFunding}), stored as one commit; aggregates are locked campaign →
 * ledger, as programmes do.
 */
@Component
public record ReliefCommandHandler(@Qualifier("reliefCampaignRepository") Repository<ReliefCampaign> campaigns,
        CampaignFunding funding) {

    @CommandHandler
    public ReliefResult handle(OpenCampaignCommand request) throws Exception {
        String fingerprint = Fingerprint.of(request);
        OpenCampaignCommand c = CampaignOpening.priced(request);
        Aggregate<ReliefCampaign> campaign = campaigns.loadOrCreate(c.campaignId().toString(),
                ReliefCampaign::unopened);
        boolean repeat = Idempotency.isRepeat(campaign.invoke(ReliefCampaign::openingFingerprint), fingerprint,
                () -> new ReliefRuleViolation(ReliefRuleViolation.IDEMPOTENCY_CONFLICT, "campaignId", "campaign "
                        + c.campaignId().value() + " was already opened with other settings"));
        if (!repeat) {
            CampaignOpening.validate(c);
        }
        List<BodyId> path = funding.pathToRoot(c.ledgerId(), c.bodyId());
        // a repeat: the ledger answers from its journal and writes nothing
        Posting booked = funding.allocate(new AllocateProgrammeBudgetCommand(c.ledgerId(),
                CampaignOpening.budgetPostingId(c.campaignId()), c.campaignId().value(), c.bodyId(), c.year(),
                c.budget(), c.effectiveDate()));
        if (repeat) {
            return result(c.campaignId(), c.campaignId().value(), CampaignOpenedEvent.class, booked);
        }
        campaign.execute(a -> a.open(c, path, fingerprint));
        return result(c.campaignId(), c.campaignId().value(), CampaignOpenedEvent.class, booked);
    }

    @CommandHandler
    public ReliefResult handle(SetGroupTermCommand c) {
        Aggregate<ReliefCampaign> campaign = load(c.campaignId());
        campaign.execute(a -> a.setTerm(c.term()));
        return result(c.campaignId(), c.term().group(), GroupTermSetEvent.class, null);
    }

    @CommandHandler
    public ReliefResult handle(PayReliefCommand c) {
        String fingerprint = Fingerprint.of(c);
        Aggregate<ReliefCampaign> campaign = load(c.campaignId());
        ReliefPaidEvent earlier = campaign.invoke(a -> a.payment(c.paymentId()));
        if (Idempotency.isRepeat(earlier == null ? null : earlier.requestFingerprint(), fingerprint,
                () -> new ReliefRuleViolation(ReliefRuleViolation.IDEMPOTENCY_CONFLICT, "paymentId", "payment "
                        + c.paymentId() + " was already recorded with other content"))) {
            return result(c.campaignId(), c.paymentId(), ReliefPaidEvent.class, earlier.posting());
        }
        PaymentPlan plan = campaign.invoke(a -> ReliefPaying.plan(a, c, fingerprint));
        CampaignOpenedEvent opened = campaign.invoke(ReliefCampaign::opening);
        Posting posting = funding.charge(plan.charge(opened.ledgerId(), c.campaignId(), opened.bodyId(),
                opened.year()));
        campaign.execute(a -> a.pay(plan, posting));
        return result(c.campaignId(), c.paymentId(), ReliefPaidEvent.class, posting);
    }

    @CommandHandler
    public ReliefResult handle(ReverseReliefPaymentCommand c) {
        Aggregate<ReliefCampaign> campaign = load(c.campaignId());
        ReliefPaidEvent original = campaign.invoke(a -> PaymentReversing.original(a, c));
        CampaignOpenedEvent opened = campaign.invoke(ReliefCampaign::opening);
        Posting posting = funding.reverse(new ReversePostingCommand(opened.ledgerId(),
                new ReversalId(PaymentReversing.reversalPostingId(original).value()), original.posting().id(),
                List.of(), null, c.reason(), c.effectiveDate(), false), original.posting());
        campaign.execute(a -> a.reverse(c, original, posting));
        return result(c.campaignId(), c.paymentId(), ReliefPaymentReversedEvent.class, posting);
    }

    private Aggregate<ReliefCampaign> load(CampaignId id) {
        try {
            Aggregate<ReliefCampaign> campaign = campaigns.load(id.toString());
            if (!campaign.invoke(ReliefCampaign::isOpen)) {
                throw new AggregateNotFoundException(id.toString(), "not opened");
            }
            return campaign;
        } catch (AggregateNotFoundException e) {
            throw new ReliefRuleViolation(ReliefRuleViolation.UNKNOWN_CAMPAIGN, "campaignId", "campaign "
                    + id.value() + " is not known");
        }
    }

    private static ReliefResult result(CampaignId campaign, String requestId, Class<?> event, Posting posting) {
        return new ReliefResult(campaign.value(), requestId, event.getSimpleName(), posting);
    }
}
