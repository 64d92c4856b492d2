package org.unionfund.ledger.recuperation.eligibility.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.recuperation.eligibility.api.EligibilityRuleViolation;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleCount;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleCountChange;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersId;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersRegisteredEvent;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersResult;
import org.unionfund.ledger.recuperation.eligibility.api.RegisterEligibleWorkersCommand;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.kernel.Idempotency;

/**
 * The eligible-worker counts one union body registered, per year and category (the denominators of coverage), and
 * the registrations made, for idempotency: the same registration id with the same content returns the original
 * result and records nothing; with other content it is refused ({@code idempotency-conflict}).
 */
@Aggregate
@FieldState
public class EligibleWorkersRegister {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final long MAX_COUNT = 100_000_000L;

    @AggregateIdentifier
    private EligibleWorkersId registerId;
    /** "year|category" → count currently registered. */
    private LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
    /** registration id → fingerprint of its request. */
    private LinkedHashMap<String, String> fingerprints = new LinkedHashMap<>();
    /** registration id → its result. */
    private LinkedHashMap<String, EligibleWorkersResult> results = new LinkedHashMap<>();

    protected EligibleWorkersRegister() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public EligibleWorkersResult handle(RegisterEligibleWorkersCommand c) {
        String fingerprint = Fingerprint.of(c);
        if (Idempotency.isRepeat(fingerprints.get(c.registrationId()), fingerprint,
                () -> new EligibilityRuleViolation(EligibilityRuleViolation.IDEMPOTENCY_CONFLICT, "registrationId",
                        "registration " + c.registrationId() + " was already made with other content"))) {
            return results.get(c.registrationId());
        }
        if (c.bodyPath().isEmpty() || !c.bodyPath().get(0).equals(c.registerId().body())) {
            throw new EligibilityRuleViolation(EligibilityRuleViolation.INVALID_VALUE, "bodyPath",
                    "the body path must start with the body " + c.registerId().body());
        }
        if (c.year() < MIN_YEAR || c.year() > MAX_YEAR) {
            throw new EligibilityRuleViolation(EligibilityRuleViolation.INVALID_VALUE, "year",
                    "year must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        if (c.counts().isEmpty()) {
            throw new EligibilityRuleViolation(EligibilityRuleViolation.INVALID_VALUE, "counts",
                    "register at least one category");
        }
        Set<WorkerCategory> seen = EnumSet.noneOf(WorkerCategory.class);
        List<EligibleCountChange> changes = new ArrayList<>();
        for (int i = 0; i < c.counts().size(); i++) {
            EligibleCount count = c.counts().get(i);
            if (!seen.add(count.category())) {
                throw new EligibilityRuleViolation(EligibilityRuleViolation.INVALID_VALUE,
                        "counts[" + i + "].category", "category " + count.category() + " is listed twice");
            }
            if (count.count() < 0 || count.count() > MAX_COUNT) {
                throw new EligibilityRuleViolation(EligibilityRuleViolation.INVALID_VALUE, "counts[" + i + "].count",
                        "a count is between 0 and " + MAX_COUNT);
            }
            changes.add(new EligibleCountChange(count.category(), count.count(),
                    counts.getOrDefault(key(c.year(), count.category()), 0L)));
        }
        EligibleWorkersRegisteredEvent event = new EligibleWorkersRegisteredEvent(c.registerId(), c.registrationId(),
                c.ledgerId(), c.registerId().body(), c.bodyPath(), c.year(), changes, fingerprint);
        apply(event);
        return results.get(c.registrationId());
    }

    public long count(int year, WorkerCategory category) {
        return counts.getOrDefault(key(year, category), 0L);
    }

    @EventSourcingHandler
    void on(EligibleWorkersRegisteredEvent event) {
        registerId = event.registerId();
        for (EligibleCountChange change : event.counts()) {
            counts.put(key(event.year(), change.category()), change.count());
        }
        fingerprints.put(event.registrationId(), event.requestFingerprint());
        results.put(event.registrationId(), new EligibleWorkersResult(event.bodyId().value(),
                event.registrationId(), event.year(), event.counts()));
    }

    private static String key(int year, WorkerCategory category) {
        return year + "|" + category.name();
    }
}
