package org.unionfund.ledger.audit;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.eventstore.CommitLog;

import com.mongodb.client.MongoDatabase;

/** Shared beans of the auditor features. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public CommitLog commitLog(MongoDatabase database) {
        return new CommitLog(database);
    }

    /** The time the sealer judges gaps by. */
    @Bean
    public Clock auditClock() {
        return Clock.systemUTC();
    }
}
