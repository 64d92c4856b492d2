package org.unionfund.ledger.statistics.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the CSV writer (used only when a request accepts {@code text/csv} and not JSON first). */
@Configuration(proxyBeanMethods = false)
public class StatisticsWebConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new CsvRecordConverter());
    }
}
