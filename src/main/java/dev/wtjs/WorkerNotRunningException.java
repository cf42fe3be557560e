package dev.wtjs;

/**
 * Thrown by {@link JsWorker#postMessage} (and {@link JsWorker#request}) once the worker has exited, when the runtime's
 * mode is {@link PostAfterExit#THROW}: the Java face of JavaScript's {@code ERR_WORKER_NOT_RUNNING}.
 */
public final class WorkerNotRunningException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public WorkerNotRunningException() {
        super("Worker instance not running");
    }

    /** Always {@code "ERR_WORKER_NOT_RUNNING"}, the code node gives the same error. */
    public String code() {
        return "ERR_WORKER_NOT_RUNNING";
    }

    @Override
    public String toString() {
        return "Error [ERR_WORKER_NOT_RUNNING]: " + getMessage();
    }
}
