package org.unionfund.ledger.relief.command;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.relief.api.EligibleRegisteredEvent;
import org.unionfund.ledger.relief.api.RegisterEligibleCommand;
import org.unionfund.ledger.relief.api.ReliefResult;

/** Registers eligible workers per group; the body's path comes from the ledger's tree (unknown-body otherwise). */
@Component
public record EligibleRegisterHandler(@Qualifier("eligibleRegisterRepository") Repository<EligibleRegister> registers,
        CampaignFunding funding) {

    @CommandHandler
    public ReliefResult handle(RegisterEligibleCommand c) throws Exception {
        String fingerprint = Fingerprint.of(c);
        Aggregate<EligibleRegister> register = registers.loadOrCreate(c.registerId().toString(),
                EligibleRegister::empty);
        if (!register.invoke(r -> r.isRepeat(c, fingerprint))) {
            List<BodyId> path = funding.pathToRoot(c.ledgerId(), c.registerId().bodyId());
            register.execute(r -> r.register(c, path, fingerprint));
        }
        return new ReliefResult(null, c.registrationId(), EligibleRegisteredEvent.class.getSimpleName(), null);
    }
}
