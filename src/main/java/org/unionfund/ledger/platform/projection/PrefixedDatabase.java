package org.unionfund.ledger.platform.projection;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

import com.mongodb.client.MongoDatabase;

/**
 * A view of a database in which every collection name gets a prefix ({@code account_balances} →
 * {@code shadow_account_balances}): lets a projection written against {@link MongoDatabase} fill shadow collections
 * without a change to its code. Records the collection names asked for; dropping the whole database is refused.
 */
public final class PrefixedDatabase {

    private PrefixedDatabase() {
    }

    public static MongoDatabase of(MongoDatabase delegate, String prefix, Set<String> requested) {
        InvocationHandler handler = new Handler(delegate, prefix, requested);
        return (MongoDatabase) Proxy.newProxyInstance(MongoDatabase.class.getClassLoader(),
                new Class<?>[] {MongoDatabase.class}, handler);
    }

    private record Handler(MongoDatabase delegate, String prefix, Set<String> requested) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("drop")) {
                throw new UnsupportedOperationException("a shadow projection may not drop the database");
            }
            if ((name.equals("getCollection") || name.equals("createCollection")) && args != null && args.length > 0
                    && args[0] instanceof String collection) {
                requested.add(collection);
                Object[] prefixed = args.clone();
                prefixed[0] = prefix + collection;
                args = prefixed;
            }
            if (name.equals("toString") && (args == null || args.length == 0)) {
                return "PrefixedDatabase(" + prefix + ", " + delegate.getName() + ")";
            }
            try {
                Object result = method.invoke(delegate, args);
                if (result instanceof MongoDatabase other && method.getReturnType() == MongoDatabase.class) {
                    return of(other, prefix, requested);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
