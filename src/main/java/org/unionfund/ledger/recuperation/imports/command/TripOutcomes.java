package org.unionfund.ledger.recuperation.imports.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unionfund.ledger.recuperation.imports.rows.ColumnMapping;
import org.unionfund.ledger.recuperation.imports.rows.ImportRow;
import org.unionfund.ledger.recuperation.imports.rows.ImportedTrip;
import org.unionfund.ledger.recuperation.imports.rows.RowProblem;
import org.unionfund.ledger.recuperation.imports.rows.TripField;
import org.unionfund.ledger.kernel.RuleViolation;

/** Row outcomes of a trip: accepted, refused for a form problem, or refused by a rule of the command path. */
final class TripOutcomes {

    private static final Pattern INDEXED = Pattern.compile("^(participants|attendees|charges)\\[(\\d+)\\](?:\\.(\\w+))?");

    private TripOutcomes() {
    }

    /** Null when every row of the trip was read; else the problem rows REFUSED and the others HELD. */
    static List<RowOutcome> formProblems(ImportedTrip trip) {
        if (trip.problems().isEmpty()) {
            return null;
        }
        Map<Integer, List<RowProblem>> byRow = new LinkedHashMap<>();
        trip.problems().forEach(p -> byRow.computeIfAbsent(p.rowNumber(), n -> new ArrayList<>()).add(p));
        List<RowOutcome> out = new ArrayList<>();
        for (int row : trip.rowNumbers()) {
            List<RowProblem> problems = byRow.get(row);
            ImportRow read = read(trip, row);
            if (problems == null) {
                out.add(outcome(trip, read, row, null, RowOutcome.Status.HELD, "trip-refused", null,
                        "同团其他行被拒绝，本团整体未导入", "another row of this trip is refused; a trip is imported whole"));
            } else {
                out.add(outcome(trip, read, row, null, RowOutcome.Status.REFUSED, problems.get(0).rule(),
                        String.join("、", problems.stream().map(RowProblem::column).distinct().toList()),
                        String.join("；", problems.stream().map(p -> p.column() + "：" + p.zh()).toList()),
                        String.join("; ", problems.stream().map(p -> p.column() + ": " + p.en()).toList())));
            }
        }
        return out;
    }

    static List<RowOutcome> accepted(ImportedTrip trip, TripCommands commands, RowOutcome.Status status) {
        List<RowOutcome> out = new ArrayList<>();
        for (int i = 0; i < trip.rows().size(); i++) {
            ImportRow row = trip.rows().get(i);
            out.add(outcome(trip, row, row.rowNumber(), commands.participantIds().get(i), status, null, null,
                    status == RowOutcome.Status.ALREADY_PRESENT ? "此前已导入，未重复写入" : null,
                    status == RowOutcome.Status.ALREADY_PRESENT ? "imported before; nothing written again" : null));
        }
        return out;
    }

    /** A rule of the command path refused the trip: the row the rule names REFUSED (all rows for a trip rule). */
    static List<RowOutcome> ruleRefusal(ImportedTrip trip, TripCommands commands, RuleViolation v,
            TripImporter.Step step, ColumnMapping mapping) {
        Integer row = null;
        String column = null;
        Matcher m = v.field() == null ? null : INDEXED.matcher(v.field());
        if (m != null && m.find()) {
            int i = Integer.parseInt(m.group(2));
            List<Integer> rows = switch (m.group(1)) {
                case "participants" -> commands.participantRows().subList(step.batch() * 500,
                        commands.participantRows().size());
                case "attendees" -> commands.attendeeRows();
                default -> commands.chargedRows();
            };
            row = i < rows.size() ? rows.get(i) : null;
            column = columnOf(m.group(3), v.rule(), mapping);
        } else {
            column = columnOf(v.field(), v.rule(), mapping);
        }
        RowOutcome reason = new RowOutcome(0, trip.tripId(), null, null, null, RowOutcome.Status.REFUSED, v.rule(),
                column, RefusalTexts.zh(v.rule()), v.getMessage());
        if (row == null) {
            return refusedWhole(trip, reason);
        }
        List<RowOutcome> out = new ArrayList<>();
        for (int i = 0; i < trip.rows().size(); i++) {
            ImportRow r = trip.rows().get(i);
            String id = commands.participantIds().get(i);
            out.add(r.rowNumber() == row
                    ? outcome(trip, r, r.rowNumber(), id, RowOutcome.Status.REFUSED, v.rule(), column, reason.zh(),
                            reason.en())
                    : outcome(trip, r, r.rowNumber(), id, RowOutcome.Status.HELD, "trip-refused", null,
                            "同团第 " + row + " 行被拒绝，本团整体未导入", "row " + row + " of this trip is refused; a "
                                    + "trip is imported whole"));
        }
        return out;
    }

    /** Every row of the trip REFUSED for the same (trip-level) reason. */
    static List<RowOutcome> refusedWhole(ImportedTrip trip, RowOutcome reason) {
        List<RowOutcome> out = new ArrayList<>();
        for (int row : trip.rowNumbers()) {
            out.add(outcome(trip, read(trip, row), row, null, RowOutcome.Status.REFUSED, reason.rule(),
                    reason.column(), reason.zh(), reason.en()));
        }
        return out;
    }

    static RowOutcome refusal(ImportedTrip trip, String rule, String zh, String en) {
        return new RowOutcome(0, trip.tripId(), null, null, null, RowOutcome.Status.REFUSED, rule, null, zh, en);
    }

    private static String columnOf(String field, String rule, ColumnMapping mapping) {
        if (field == null) {
            return rule.contains("funds") || rule.contains("earmark") ? mapping.header(TripField.FUND) : null;
        }
        TripField f = switch (field.replaceAll("\\[.*", "")) {
            case "pricePerPersonPerDay" -> TripField.PRICE_PER_PERSON_PER_DAY;
            case "days" -> TripField.DAYS;
            case "startDate" -> TripField.START_DATE;
            case "settledOn" -> TripField.SETTLED_ON;
            case "programmeId" -> TripField.PROGRAMME;
            case "contractorId" -> TripField.CONTRACTOR;
            case "destinationId" -> TripField.DESTINATION;
            case "tripId", "settlementId", "enrolmentId" -> TripField.TRIP;
            case "category", "participantId" -> TripField.CATEGORY;
            case "newFormSubtype" -> TripField.NEW_FORM_SUBTYPE;
            case "ownership" -> TripField.OWNERSHIP;
            case "idNumber" -> TripField.ID_NUMBER;
            case "line", "lines", "defaultLine", "fundId", "earmark" -> TripField.FUND;
            default -> null;
        };
        if (f == TripField.CATEGORY && !rule.equals("category-not-eligible")) {
            f = rule.contains("funds") || rule.contains("earmark") || rule.contains("family") ? TripField.FUND
                    : rule.equals("duplicate-participant") ? TripField.ID_NUMBER : null;
        }
        return f == null ? null : mapping.header(f);
    }

    private static ImportRow read(ImportedTrip trip, int rowNumber) {
        return trip.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElse(null);
    }

    private static RowOutcome outcome(ImportedTrip trip, ImportRow row, int rowNumber, String participantId,
            RowOutcome.Status status, String rule, String column, String zh, String en) {
        return new RowOutcome(rowNumber, trip.tripId(), participantId, row == null ? null : row.maskedId(),
                row == null ? null : row.maskedName(), status, rule, column, zh, en);
    }
}
