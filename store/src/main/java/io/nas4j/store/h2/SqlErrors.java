package io.nas4j.store.h2;

import io.nas4j.store.StorageException;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;

/** Turns H2's SQL errors into {@link StorageException}s whose message a user can act on. */
final class SqlErrors {
    private final String database;

    SqlErrors(String database) {
        this.database = database;
    }

    /** Whether retrying the transaction may succeed (lock wait, deadlock, concurrent change). */
    static boolean isTransient(SQLException e) {
        int code = e.getErrorCode();
        return code == ErrorCode.LOCK_TIMEOUT_1 || code == ErrorCode.DEADLOCK_1
                || code == ErrorCode.CONCURRENT_UPDATE_1 || code == ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX;
    }

    /** Whether the error is a unique-key violation. */
    static boolean isDuplicateKey(SQLException e) {
        return e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1;
    }

    /** An error while opening the database. */
    StorageException opening(SQLException e) {
        int code = e.getErrorCode();
        String text = firstLine(e);
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || text.contains("already in use")
                || text.contains("may be already in use")) {
            return new StorageException("database " + database + " is in use by another process (stop it, or "
                    + "connect through its H2 server with a jdbc:h2:tcp:// URL)", e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || text.toLowerCase(Locale.ROOT).contains("corrupt")) {
            return new StorageException("database " + database + " is damaged: " + text, e);
        }
        if (code == ErrorCode.CONNECTION_BROKEN_1) {
            return new StorageException("cannot reach database " + database + ": " + text, e);
        }
        if (code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new StorageException("database " + database + " refused the user name or password", e);
        }
        if (code == ErrorCode.URL_FORMAT_ERROR_2 || code == ErrorCode.UNSUPPORTED_SETTING_1) {
            return new StorageException("invalid database location " + database + ": " + text, e);
        }
        return new StorageException("cannot open database " + database + ": " + text, e);
    }

    /** An error while doing {@code what}. */
    StorageException during(String what, SQLException e) {
        if (e.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1 || e.getErrorCode() == ErrorCode.DEADLOCK_1) {
            return new StorageException("database " + database + " is busy: could not " + what
                    + " (another writer held a lock too long)", e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED || e.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1) {
            return new StorageException("database " + database + " is closed or unreachable: could not " + what, e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
            return new StorageException("database " + database + " is damaged: " + firstLine(e), e);
        }
        return new StorageException("database " + database + ": could not " + what + ": " + firstLine(e), e);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        int sql = m.indexOf("; SQL statement:");
        return (sql < 0 ? m : m.substring(0, sql)).strip();
    }
}
