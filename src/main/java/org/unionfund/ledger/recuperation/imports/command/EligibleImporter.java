package org.unionfund.ledger.recuperation.imports.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.recuperation.eligibility.api.RegisterEligibleWorkersCommand;
import org.unionfund.ledger.recuperation.imports.rows.EligibleSheet;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.platform.messaging.CommandSender;

/**
 * One {@link RegisterEligibleWorkersCommand} per (body, year) of the file, through the ordinary command path. The
 * registration id is derived from the group's content, so the same rows again record nothing; changed counts are a
 * new registration that replaces them. A dry run sends each in a unit of work that is rolled back.
 */
@Component
public record EligibleImporter(CommandSender sender, CommandGateway gateway) {

    /** {@code command} builds the command for a group (body path from the directory) or throws a RuleViolation. */
    public List<RowOutcome> run(List<EligibleSheet.Group> groups, boolean dryRun,
            Function<EligibleSheet.Group, RegisterEligibleWorkersCommand> command) {
        List<RowOutcome> out = new ArrayList<>();
        for (EligibleSheet.Group g : groups) {
            String label = g.bodyId() == null ? null : g.bodyId() + "/" + g.year();
            if (!g.problems().isEmpty()) {
                for (int row : g.rowNumbers()) {
                    var p = g.problems().stream().filter(x -> x.rowNumber() == row).findFirst();
                    out.add(p.map(x -> new RowOutcome(row, label, null, null, null, RowOutcome.Status.REFUSED,
                            x.rule(), x.column(), x.zh(), x.en())).orElse(new RowOutcome(row, label, null, null, null,
                            RowOutcome.Status.HELD, "group-refused", null, "同一单位同一年度的其他行被拒绝",
                            "another row of this body and year is refused")));
                }
                continue;
            }
            RowOutcome.Status status;
            String rule = null;
            String zh = null;
            String en = null;
            try {
                RegisterEligibleWorkersCommand c = command.apply(g);
                if (dryRun) {
                    UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(new GenericMessage<>("eligible dry run"));
                    try {
                        gateway.sendAndWait(c);
                    } finally {
                        uow.rollback();
                    }
                    status = RowOutcome.Status.WOULD_WRITE;
                } else {
                    status = sender.send(c).recorded() ? RowOutcome.Status.WRITTEN : RowOutcome.Status.ALREADY_PRESENT;
                }
            } catch (RuleViolation v) {
                status = RowOutcome.Status.REFUSED;
                rule = v.rule();
                zh = RefusalTexts.zh(v.rule());
                en = v.getMessage();
            }
            for (int row : g.rowNumbers()) {
                out.add(new RowOutcome(row, label, null, null, null, status, rule, rule == null ? null : "单位编号", zh,
                        en));
            }
        }
        return out;
    }

    /** IMP-ELIG: and a hash of the body, year and counts. */
    public static String registrationId(EligibleSheet.Group g) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((g.bodyId() + "|" + g.year() + "|"
                    + g.counts()).getBytes(StandardCharsets.UTF_8));
            return "IMP-ELIG:" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
