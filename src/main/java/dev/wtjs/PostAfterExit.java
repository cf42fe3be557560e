package dev.wtjs;

/**
 * What {@code worker.postMessage} does once the worker's {@code exit} event has been emitted.
 */
public enum PostAfterExit {
    /** Throw {@code Error [ERR_WORKER_NOT_RUNNING]: Worker instance not running} (wtjs's default). */
    THROW,
    /** Drop the message silently and return {@code undefined}, exactly as Node.js does. */
    IGNORE;

    /** Parses the CLI spelling ({@code throw} or {@code ignore}). */
    public static PostAfterExit parse(String s) {
        switch (s) {
            case "throw": return THROW;
            case "ignore": return IGNORE;
            default: throw new IllegalArgumentException("--post-after-exit must be 'throw' or 'ignore', not '" + s + "'");
        }
    }
}
