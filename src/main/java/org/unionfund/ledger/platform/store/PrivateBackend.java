package org.unionfund.ledger.platform.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Clock;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * Wraps the embedded server's backend so that the store belongs to the application: a connection must first
 * authenticate with SCRAM-SHA-256 as the one user whose password is generated at each start and never leaves the
 * process; before that, only the handshake and the SASL commands are answered, everything else is refused with
 * "Unauthorized" (code 13). Every command that may write is made durable before its reply ({@link GroupCommit}).
 */
final class PrivateBackend implements MongoBackend {

    static final int UNAUTHORIZED = 13;
    static final int AUTHENTICATION_FAILED = 18;
    private static final Set<String> BEFORE_AUTH = Set.of("hello", "ismaster", "saslstart", "saslcontinue",
            "endsessions");
    private static final Set<String> READ_ONLY = Set.of("hello", "ismaster", "ping", "buildinfo", "find", "getmore",
            "killcursors", "count", "distinct", "listcollections", "listindexes", "listdatabases", "dbstats",
            "collstats", "serverstatus", "endsessions", "saslstart", "saslcontinue", "getlasterror", "hostinfo",
            "getparameter", "getcmdlineopts", "whatsmyuri", "connectionstatus", "explain", "getlog");

    private final MongoBackend delegate;
    private final ScramServer scram;
    private final GroupCommit commit;
    private final ReadPin reads;
    private final Map<Channel, Object> sessions = new ConcurrentHashMap<>();
    private static final Object AUTHENTICATED = new Object();

    /** @param commit and {@code reads} null when nothing needs flushing (the in-memory backend) */
    PrivateBackend(MongoBackend delegate, ScramServer scram, GroupCommit commit, ReadPin reads) {
        this.delegate = delegate;
        this.scram = scram;
        this.commit = commit;
        this.reads = reads;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        String name = command.toLowerCase(java.util.Locale.ROOT);
        if (name.equals("saslstart")) {
            return saslStart(channel, query);
        }
        if (name.equals("saslcontinue")) {
            return saslContinue(channel, query);
        }
        if (sessions.get(channel) != AUTHENTICATED && !BEFORE_AUTH.contains(name)) {
            throw unauthorized(command);
        }
        if (commit == null) {
            return delegate.handleCommand(channel, database, command, query);
        }
        if (READ_ONLY.contains(name) || name.equals("aggregate") && !writes(query)) {
            return reads.pinned(() -> delegate.handleCommand(channel, database, command, query));
        }
        return commit.durably(() -> delegate.handleCommand(channel, database, command, query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document document = message.getDocument();
        String command = document.keySet().iterator().next();
        return handleCommand(message.getChannel(), message.getDatabaseName(), command, document);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        if (sessions.get(query.getChannel()) != AUTHENTICATED) {
            throw unauthorized("query");
        }
        return reads == null ? delegate.handleQuery(query) : reads.pinned(() -> delegate.handleQuery(query));
    }

    private Document saslStart(Channel channel, Document query) {
        if (!ScramServer.MECHANISM.equals(query.get("mechanism"))) {
            throw new MongoServerError(AUTHENTICATION_FAILED, "AuthenticationFailed",
                    "only " + ScramServer.MECHANISM + " is offered");
        }
        ScramServer.Conversation conversation;
        try {
            conversation = scram.start(bytes(query.get("payload")));
        } catch (IllegalArgumentException e) {
            throw failed();
        }
        sessions.put(channel, conversation);
        return reply(false, conversation.serverFirst());
    }

    private Document saslContinue(Channel channel, Document query) {
        Object state = sessions.get(channel);
        if (!(state instanceof ScramServer.Conversation conversation)) {
            throw failed();
        }
        byte[] serverFinal = conversation.finish(bytes(query.get("payload")));
        if (serverFinal == null) {
            sessions.remove(channel);
            throw failed();
        }
        sessions.put(channel, AUTHENTICATED);
        return reply(true, serverFinal);
    }

    private static Document reply(boolean done, byte[] payload) {
        Document reply = new Document("conversationId", 1);
        reply.put("done", done);
        reply.put("payload", new BinData(payload));
        reply.put("ok", 1.0);
        return reply;
    }

    private static byte[] bytes(Object payload) {
        if (payload instanceof BinData data) {
            return data.getData();
        }
        if (payload instanceof byte[] data) {
            return data;
        }
        throw failed();
    }

    private static boolean writes(Document query) {
        String pipeline = String.valueOf(query.get("pipeline"));
        return pipeline.contains("$out") || pipeline.contains("$merge");
    }

    private static MongoServerError unauthorized(String command) {
        return new MongoServerError(UNAUTHORIZED, "Unauthorized",
                "command " + command + " requires authentication: this embedded store belongs to the ledger application");
    }

    private static MongoServerError failed() {
        return new MongoServerError(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
    }

    @Override
    public void handleClose(Channel channel) {
        sessions.remove(channel);
        delegate.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        delegate.dropDatabase(database);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return delegate.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return delegate.getServerStatus();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        delegate.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return delegate.getClock();
    }

    @Override
    public void enableOplog() {
        delegate.enableOplog();
    }

    @Override
    public void disableOplog() {
        delegate.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return delegate.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        delegate.version(version);
        return this;
    }
}
