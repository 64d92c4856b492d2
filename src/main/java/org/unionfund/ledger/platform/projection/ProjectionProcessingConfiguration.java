package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tracking processors of the batch projections: one thread, batches of {@code ledger.projections.batch-size} events
 * (default 1000) in one unit of work, the flush interceptor, and stop-and-retry on any error (never skip an event).
 * The projection beans are found by type and {@code @ProcessingGroup} without creating them here (they depend on
 * the event store, which Axon is configuring at this point) and looked up when the first batch is flushed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProperties.class)
public class ProjectionProcessingConfiguration {

    @Bean
    ConfigurerModule batchProjectionProcessors(ListableBeanFactory beans, ProjectionProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            for (String name : beans.getBeanNamesForType(BatchProjection.class, false, false)) {
                ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
                String groupName = group == null ? BatchProjection.STATISTICS_GROUP : group.value();
                groups.computeIfAbsent(groupName, k -> new ArrayList<>()).add(name);
            }
            groups.forEach((group, names) -> register(processing, group,
                    () -> names.stream().map(n -> beans.getBean(n, BatchProjection.class)).toList(),
                    properties.batchSize()));
        });
    }

    /**
     * A failing handler in these processing groups stops its processor and retries (with back-off) instead of
     * skipping the event; the processor status shows the error meanwhile.
     */
    public static ConfigurerModule stopOnError(String... groups) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : groups) {
                processing.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
            }
        });
    }

    /**
     * Configures the tracking processor of a group of batch projections: single-threaded, {@code batchSize} events
     * per unit of work, the flush interceptor, errors propagated (the processor stops and retries the batch).
     */
    public static void register(EventProcessingConfigurer processing, String group,
            Supplier<List<BatchProjection>> projections, int batchSize) {
        processing.registerTrackingEventProcessorConfiguration(group,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
        processing.registerHandlerInterceptor(group, c -> new ProjectionFlushInterceptor(projections));
        processing.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
    }
}
