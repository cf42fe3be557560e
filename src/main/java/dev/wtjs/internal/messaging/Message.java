package dev.wtjs.internal.messaging;

/**
 * One message between agents: the serialized value (V8 wire format bytes, or a string for internal control
 * messages) and what travels beside it: transferred ArrayBuffer contents, ports and shared memory, in the order
 * the serializer numbered them.
 */
public final class Message {
    @org.graalvm.polyglot.HostAccess.Export
    public final Object payload;
    @org.graalvm.polyglot.HostAccess.Export
    public final Object[] attachments;

    public Message(Object payload, Object[] attachments) {
        this.payload = payload;
        this.attachments = attachments;
    }
}
