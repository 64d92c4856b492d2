package org.unionfund.ledger.platform.pseudonym;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PseudonymProperties.class)
public class PseudonymConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PseudonymConfiguration.class);

    @Bean
    public WorkerPseudonyms workerPseudonyms(PseudonymProperties properties) {
        WorkerPseudonyms pseudonyms = new WorkerPseudonyms(properties.key());
        if (pseudonyms.usesDemoKey()) {
            log.warn("Worker pseudonyms use the DEMO key of the demo profile (application-demo.yml); set LEDGER_PSEUDONYM_KEY "
                    + "(ledger.pseudonym.key) to a secret of your own before recording real workers");
        }
        return pseudonyms;
    }
}
