'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams around TextEncoder/TextDecoder.

const { TextEncoder, TextDecoder } = require('internal/encoding');
const { kState, slotsOf, setSlots, inspectAs, defineToStringTag, customInspectSymbol } = require('internal/webstreams/shared');
const { TransformStream } = require('internal/webstreams/transform');

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pendingHigh = ''; // a lead surrogate that ended the last chunk
    const transform = new TransformStream({
      transform(chunk, controller) {
        let text = pendingHigh + `${chunk}`;
        pendingHigh = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pendingHigh = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHigh !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    setSlots(this, { brand: 'TextEncoderStream', transform });
  }

  get encoding() {
    slotsOf(this, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    return slotsOf(this, 'TextEncoderStream').transform.readable;
  }

  get writable() {
    return slotsOf(this, 'TextEncoderStream').transform.writable;
  }

  [customInspectSymbol](depth, opts) {
    const s = slotsOf(this, 'TextEncoderStream');
    return inspectAs(this, { encoding: 'utf-8', readable: s.transform.readable, writable: s.transform.writable },
      depth, opts);
  }
}
defineToStringTag(TextEncoderStream);

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = undefined) {
    const decoder = new TextDecoder(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text !== '') controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text !== '') controller.enqueue(text);
      },
    });
    setSlots(this, { brand: 'TextDecoderStream', transform, decoder });
  }

  get encoding() {
    return slotsOf(this, 'TextDecoderStream').decoder.encoding;
  }

  get fatal() {
    return slotsOf(this, 'TextDecoderStream').decoder.fatal;
  }

  get ignoreBOM() {
    return slotsOf(this, 'TextDecoderStream').decoder.ignoreBOM;
  }

  get readable() {
    return slotsOf(this, 'TextDecoderStream').transform.readable;
  }

  get writable() {
    return slotsOf(this, 'TextDecoderStream').transform.writable;
  }

  [customInspectSymbol](depth, opts) {
    const s = slotsOf(this, 'TextDecoderStream');
    return inspectAs(this, {
      encoding: s.decoder.encoding, fatal: s.decoder.fatal, ignoreBOM: s.decoder.ignoreBOM,
      readable: s.transform.readable, writable: s.transform.writable,
    }, depth, opts);
  }
}
defineToStringTag(TextDecoderStream);

module.exports = { TextEncoderStream, TextDecoderStream, kState };
