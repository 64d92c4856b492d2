package org.unionfund.ledger.demo.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.unionfund.ledger.demo.seed.Cohort;
import org.unionfund.ledger.recuperation.contractor.api.ContractorKind;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Zhejiang plan as data ({@code demo/zhejiang.json}): standards, contractors, destinations, the province's funds
 * and matching outcomes, and the programmes with their trip series. {@link ZhejiangScenario} turns it into commands;
 * only what is computed (splits, budgets, people, corrections) is code. Amounts are in yuan.
 */
record ZhejiangData(List<Standard> standards, List<Contractor> contractors, List<Destination> destinations,
        List<Year> years, Map<String, Integer> newFormFactorPercent, Map<Integer, Set<String>> programmeCounties,
        Map<Integer, Map<String, Matching>> cityMatching, List<String> provinceYearDestinations,
        List<Programme> programmes) {

    static final String RESOURCE = "demo/zhejiang.json";

    /** Whether a body commits its matching in full on time, 80% on time (a shortfall), or in full late. */
    enum Matching { ON_TIME, LATE, SHORTFALL }

    /** How a programme's budget is funded (see {@link ProgrammeFunding}). */
    enum Funding { RECEIPTS, OWN_FUND_PLUS_TEN_PERCENT }

    /** A standard: a money value in yuan or a number of days. */
    record Standard(String region, StandardKind kind, String id, Long yuan, Integer days, LocalDate from) {
    }

    record Contractor(String id, String name, ContractorKind kind, String licence) {
    }

    record Destination(String id, String name, String region, boolean pairedAid) {
    }

    /** The province's own recuperation fund of a year, part of it earmarked. */
    record Year(int year, LocalDate established, long unrestrictedYuan, long earmarkYuan) {
    }

    /** A programme: {@code id} "GONGSHU" marks where Gongshu's programme (planned in code) comes in the order. */
    record Programme(String id, String body, int year, String name, Cohort categoriesOf, List<Integer> tripDays,
            FrequencyRule rule, Long annualCapYuan, LocalDate effective, String fund, LocalDate fundEstablished,
            Funding funding, List<Trips> trips) {
    }

    /**
     * A single trip ({@code tripId}) or a series ({@code series}: {@code count} trips named series-01, -02, …, the
     * first on or after {@code start} on {@code weekday}, then every {@code everyDays}, the last
     * {@code plusOneForLast} with one more worker; {@code repeatPercent} of the places taken by workers of earlier
     * trips of the series).
     */
    record Trips(String tripId, String series, int count, int size, int plusOneForLast, int days, long price,
            Cohort cohort, String contractor, List<String> destinations, DayOfWeek weekday, LocalDate start,
            int everyDays, boolean families, int family, Integer noShowPermille, int repeatPercent) {
    }

    static ZhejiangData load() {
        JsonMapper json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .addModule(new JavaTimeModule()).build();
        try (InputStream in = ZhejiangData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo plan " + RESOURCE + " is missing from the class path");
            }
            return json.readValue(in, ZhejiangData.class);
        } catch (IOException e) {
            throw new IllegalStateException("the demo plan " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }
}
