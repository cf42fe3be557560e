package dev.wtjs;

/**
 * A JavaScript {@code RegExp} as a message value: its {@code source} and {@code flags} (e.g. {@code "gi"}).
 * Decoded from a RegExp a script sent, and sent back to JavaScript as a RegExp.
 */
public record JsRegExp(String source, String flags) {
    public JsRegExp {
        if (source == null) throw new NullPointerException("source");
        if (flags == null) flags = "";
    }

    @Override
    public String toString() {
        return "/" + source + "/" + flags;
    }
}
