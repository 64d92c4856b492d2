package org.unionfund.ledger.funds.api;

import java.util.stream.Stream;

/**
 * The act a proposal books once approved: exactly one of the commands is set. Stored in the proposal's event as
 * the command itself, so the final approval runs the very same decision as the direct path.
 */
public record ProposedAct(
        EstablishFundCommand establishFund,
        AllocateFundsCommand allocation,
        IssueAllocationDocumentCommand allocationDocument,
        GrantFixedSubsidiesCommand subsidyBatch,
        PostSharedCostCommand sharedCost,
        ReversePostingCommand reversal,
        CloseYearCommand yearClose) {

    public ProposedAct {
        if (Stream.of(establishFund, allocation, allocationDocument, subsidyBatch, sharedCost, reversal, yearClose)
                .filter(java.util.Objects::nonNull).count() != 1) {
            throw new IllegalArgumentException("a proposal holds exactly one act");
        }
    }

    public static ProposedAct of(Object command) {
        return new ProposedAct(as(command, EstablishFundCommand.class), as(command, AllocateFundsCommand.class),
                as(command, IssueAllocationDocumentCommand.class), as(command, GrantFixedSubsidiesCommand.class),
                as(command, PostSharedCostCommand.class), as(command, ReversePostingCommand.class),
                as(command, CloseYearCommand.class));
    }

    public Object command() {
        return Stream.of(establishFund, allocation, allocationDocument, subsidyBatch, sharedCost, reversal, yearClose)
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    public ActKind kind() {
        if (establishFund != null) {
            return ActKind.ESTABLISH_FUND;
        }
        if (allocation != null) {
            return ActKind.ALLOCATION;
        }
        if (allocationDocument != null) {
            return ActKind.ALLOCATION_DOCUMENT;
        }
        if (subsidyBatch != null) {
            return ActKind.SUBSIDY_BATCH;
        }
        if (sharedCost != null) {
            return ActKind.SHARED_COST;
        }
        return reversal != null ? ActKind.REVERSAL : ActKind.YEAR_CLOSE;
    }

    private static <T> T as(Object command, Class<T> type) {
        return type.isInstance(command) ? type.cast(command) : null;
    }
}
