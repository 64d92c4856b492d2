package org.unionfund.ledger.platform.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoServerException;

/**
 * Recognises MongoDB's duplicate key error (E11000), which on {@code aggKeys} means a second history was refused
 * and on {@code events.eventId} a second event with the same identifier, and a commit that repeats one itself.
 */
public final class MongoDuplicateKeyResolver implements PersistenceExceptionResolver {

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof AppendCheck.DuplicateInCommit) {
                return true;
            }
            if (cause instanceof MongoServerException server
                    && ErrorCategory.fromErrorCode(server.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
