package org.unionfund.ledger.recuperation.standard.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.standard.api.SetStandardCommand;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.api.StandardSetEvent;
import org.unionfund.ledger.recuperation.standard.api.StandardTimeline;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class StandardTimelineTest {

    private static final BodyId ZHEJIANG = new BodyId("330000");
    private static final StandardScheduleId CAP = StandardScheduleId.of(ZHEJIANG, StandardKind.DAILY_PRICE_CAP);

    private static StandardSetEvent cap(String id, long yuan, LocalDate from, String supersedes) {
        return new StandardSetEvent(CAP, new StandardId(id), ZHEJIANG, StandardKind.DAILY_PRICE_CAP,
                StandardValue.money(Money.ofYuan(yuan)), from, supersedes == null ? null : new StandardId(supersedes));
    }

    // Built in the order a projection might meet them, not by date.
    private final StandardTimeline zhejiang = StandardTimeline.of(List.of(
            cap("ZJ-CAP-2020", 600, LocalDate.of(2020, 1, 1), null),
            cap("ZJ-CAP-2015", 400, LocalDate.of(2015, 1, 1), null)));

    private Money capOn(String date) {
        return zhejiang.inForceOn(LocalDate.parse(date)).map(e -> e.value().amount()).orElse(null);
    }

    @Test
    void a_2019_trip_is_judged_by_the_400_yuan_cap() {
        assertThat(capOn("2019-10-01")).isEqualTo(Money.ofYuan(400));
    }

    @Test
    void a_2025_trip_is_judged_by_the_600_yuan_cap() {
        assertThat(capOn("2025-05-01")).isEqualTo(Money.ofYuan(600));
    }

    @Test
    void the_new_cap_applies_from_its_first_day() {
        assertThat(capOn("2019-12-31")).isEqualTo(Money.ofYuan(400));
        assertThat(capOn("2020-01-01")).isEqualTo(Money.ofYuan(600));
    }

    @Test
    void before_the_first_effective_date_no_standard_is_in_force() {
        assertThat(zhejiang.inForceOn(LocalDate.of(2014, 12, 31))).isEmpty();
    }

    @Test
    void a_correction_replaces_the_standard_of_its_date() {
        StandardTimeline corrected = zhejiang.with(cap("ZJ-CAP-2020B", 650, LocalDate.of(2020, 1, 1), "ZJ-CAP-2020"));
        assertThat(corrected.entries()).extracting(StandardEntry::standardId)
                .containsExactly(new StandardId("ZJ-CAP-2015"), new StandardId("ZJ-CAP-2020B"));
    }

    @Test
    void timeline_events_and_commands_survive_plain_jackson() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        StandardSetEvent event = cap("ZJ-CAP-2015", 400, LocalDate.of(2015, 1, 1), null);
        SetStandardCommand command = new SetStandardCommand(CAP, new StandardId("ZJ-LEN"), ZHEJIANG,
                StandardKind.TRIP_LENGTH_LIMIT, StandardValue.days(5), LocalDate.of(2015, 1, 1), null);
        assertThat(json.readValue(json.writeValueAsString(zhejiang), StandardTimeline.class)).isEqualTo(zhejiang);
        assertThat(json.readValue(json.writeValueAsString(event), StandardSetEvent.class)).isEqualTo(event);
        assertThat(json.readValue(json.writeValueAsString(command), SetStandardCommand.class)).isEqualTo(command);
    }
}
