package org.unionfund.ledger.reporting.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadNameTest {

    private static final String FALLBACK = "yearly-report-330000-2025.json";

    @Test
    void a_plain_file_name_is_used_as_it_is() {
        assertThat(DownloadName.of("attachment; filename=\"yearly-report-330000-2025.csv.zip\"", FALLBACK))
                .isEqualTo("yearly-report-330000-2025.csv.zip");
    }

    @Test
    void encoded_file_names_are_decoded_not_written_literally() {
        assertThat(DownloadName.of("attachment; filename=\"=?UTF-8?Q?yearly-report-330000-2025.csv.zip?=\"; "
                + "filename*=UTF-8''yearly-report-330000-2025.csv.zip", FALLBACK))
                .isEqualTo("yearly-report-330000-2025.csv.zip");
        assertThat(DownloadName.of("inline; filename*=UTF-8''%E6%B5%99%E6%B1%9F-2025.html", FALLBACK))
                .isEqualTo("浙江-2025.html");
    }

    @Test
    void a_reply_cannot_name_a_file_outside_the_working_directory() {
        assertThat(DownloadName.of("attachment; filename=\"../../etc/cron.d/x\"", FALLBACK)).isEqualTo("x");
        assertThat(DownloadName.of("attachment; filename=\"..\\\\..\\\\evil.json\"", FALLBACK)).isEqualTo("evil.json");
        assertThat(DownloadName.of("attachment; filename=\"..\"", FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void without_a_usable_header_the_report_name_is_used() {
        assertThat(DownloadName.of(null, FALLBACK)).isEqualTo(FALLBACK);
        assertThat(DownloadName.of("attachment", FALLBACK)).isEqualTo(FALLBACK);
        assertThat(DownloadName.of("not a disposition;;;", FALLBACK)).isEqualTo(FALLBACK);
    }
}
