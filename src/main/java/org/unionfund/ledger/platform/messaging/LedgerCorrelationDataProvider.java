package org.unionfund.ledger.platform.messaging;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Copies who-and-why metadata from the handled message to every message it causes; the causation id is the
 * handled message's identifier, the correlation id stays the request's for the whole chain.
 */
public class LedgerCorrelationDataProvider implements CorrelationDataProvider {

    private static final String[] PROPAGATED = {
            MetadataKeys.PRINCIPAL, MetadataKeys.ROLE, MetadataKeys.BODY, MetadataKeys.CORRELATION_ID};

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : PROPAGATED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.putIfAbsent(MetadataKeys.CORRELATION_ID, message.getIdentifier());
        data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
