package org.unionfund.ledger.platform.projection;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.config.ProcessingGroup;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.eventstore.CommitLog;

import com.mongodb.client.MongoDatabase;

/**
 * Every projection of the application, for the rebuild-and-compare operation: the {@link BatchProjection}s and
 * every other {@code @ProcessingGroup} bean (per-event projections such as the account balances). For the latter a
 * shadow instance is built by calling the bean class's constructor with a {@link PrefixedDatabase} for every
 * {@link MongoDatabase} parameter, a new shadow instance for every parameter of the application's own classes
 * (e.g. the body directory a projection writes through) and the application's bean for anything else (clocks,
 * configuration) — so whatever it writes lands in shadow collections.
 */
@Component
public class ProjectionRegistry {

    /** One projection: its name, processing group, kind and collections (base names). */
    public record Entry(String name, String processingGroup, String kind, Set<String> collections, String problem) {
        public boolean rebuildable() {
            return problem == null;
        }
    }

    private static final String OWN_PACKAGE = "org.unionfund.ledger";

    private final ApplicationContext context;
    private final MongoDatabase database;
    private final List<BatchProjection> batched;

    public ProjectionRegistry(ApplicationContext context, MongoDatabase database, List<BatchProjection> batched) {
        this.context = context;
        this.database = database;
        this.batched = List.copyOf(batched);
    }

    public List<Entry> all() {
        Map<String, Entry> entries = new TreeMap<>();
        for (BatchProjection p : batched) {
            entries.put(p.name(), new Entry(p.name(), p.processingGroup(), "batch",
                    new LinkedHashSet<>(p.collectionNames()), null));
        }
        for (Map.Entry<String, Object> bean : annotatedBeans().entrySet()) {
            String group = bean.getKey();
            Set<String> requested = new LinkedHashSet<>();
            String problem = null;
            try {
                shadowOf(AopUtils.getTargetClass(bean.getValue()), PrefixedDatabase.of(database, "probe_", requested),
                        0);
            } catch (Exception | LinkageError e) {
                problem = "cannot build a shadow instance: " + e;
            }
            entries.put(group, new Entry(group, group, "per-event", requested, problem));
        }
        return new ArrayList<>(entries.values());
    }

    public Optional<Entry> find(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** A shadow instance of the named projection, writing to {@code prefix}-ed collections (empty ones). */
    public ShadowTarget shadow(String name, String prefix) {
        return shadow(name, prefix, true);
    }

    /**
     * @param empty whether the shadow collections start empty (a batch projection may then trust what it wrote
     *              itself instead of reading); false for shadows restored from a snapshot
     */
    public ShadowTarget shadow(String name, String prefix, boolean empty) {
        for (BatchProjection p : batched) {
            if (p.name().equals(name)) {
                return ShadowTarget.of(p.shadow(database, prefix, empty));
            }
        }
        Object bean = annotatedBeans().get(name);
        if (bean == null) {
            throw new IllegalArgumentException("no projection named " + name);
        }
        Set<String> requested = new LinkedHashSet<>();
        try {
            Object instance = shadowOf(AopUtils.getTargetClass(bean), PrefixedDatabase.of(database, prefix, requested),
                    0);
            return ShadowTarget.annotated(name, instance, requested);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a shadow instance of " + name + ": " + e, e);
        }
    }

    /** The {@code @ProcessingGroup} beans that are not batch projections, by group. */
    private Map<String, Object> annotatedBeans() {
        Map<String, Object> beans = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(ProcessingGroup.class).values()) {
            if (bean instanceof BatchProjection) {
                continue;
            }
            Class<?> type = AopUtils.getTargetClass(bean);
            ProcessingGroup group = type.getAnnotation(ProcessingGroup.class);
            if (group != null && type.getName().startsWith(OWN_PACKAGE)) {
                beans.put(group.value(), bean);
            }
        }
        return beans;
    }

    private Object shadowOf(Class<?> type, MongoDatabase shadow, int depth) throws Exception {
        if (depth > 4) {
            throw new IllegalStateException("dependencies of " + type.getName() + " nest too deep");
        }
        Constructor<?> constructor = Arrays.stream(type.getDeclaredConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow(() -> new IllegalStateException(type + " has no constructor"));
        constructor.setAccessible(true);
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> parameter = parameters[i];
            if (parameter == MongoDatabase.class) {
                args[i] = shadow;
            } else if (parameter == CommitLog.class) {
                // the event log is what every replay reads, never a projection's own collection
                args[i] = context.getBean(parameter);
            } else if (parameter.getName().startsWith(OWN_PACKAGE)) {
                Class<?> concrete = parameter.isInterface() || java.lang.reflect.Modifier.isAbstract(
                        parameter.getModifiers()) ? AopUtils.getTargetClass(context.getBean(parameter)) : parameter;
                args[i] = shadowOf(concrete, shadow, depth + 1);
            } else {
                args[i] = context.getBean(parameter);
            }
        }
        return constructor.newInstance(args);
    }
}
