package dev.wtjs.internal.agent;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A standby runtime's stdout or stderr: its run's stream once the run is known ({@link #bind}); writing before
 * that throws (a standby's spare agent prints nothing of its own).
 */
public final class LateOutput extends OutputStream {
    private volatile OutputStream target;

    public void bind(OutputStream target) {
        this.target = target;
    }

    private OutputStream target() {
        OutputStream t = target;
        if (t == null) throw new IllegalStateException("a standby runtime wrote output before its run");
        return t;
    }

    @Override
    public void write(int b) throws IOException {
        target().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        target().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        OutputStream t = target;
        if (t != null) t.flush();
    }
}
