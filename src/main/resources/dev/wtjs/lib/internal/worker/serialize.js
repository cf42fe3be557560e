'use strict';
// Turns a value into what crosses agents (payload + attachments) and back, in the receiver's realm.
// Uses the structured-clone codec (V8 wire format) when present.

let codec;
function getCodec() {
  if (codec === undefined) {
    try {
      codec = require('internal/structured_clone');
    } catch {
      codec = null;
    }
  }
  return codec;
}

function dataCloneError(message) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'DataCloneError');
}

// Interim JSON form, used only until the codec is in place.
function checkCloneable(value, seen) {
  const t = typeof value;
  if (t === 'function') throw dataCloneError(`${Function.prototype.toString.call(value)} could not be cloned.`);
  if (t === 'symbol') throw dataCloneError(`${String(value)} could not be cloned.`);
  if (t !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const k of Object.keys(value)) checkCloneable(value[k], seen);
}

function serialize(value, transferList, hooks) {
  const c = getCodec();
  if (c) return c.serializeMessage(value, transferList, hooks);
  checkCloneable(value, new Set());
  return { payload: value === undefined ? 'u' : 'j' + JSON.stringify(value), attachments: null };
}

function deserialize(payload, attachments, hooks) {
  if (typeof payload === 'string') {
    return payload === 'u' ? undefined : JSON.parse(payload.slice(1));
  }
  return getCodec().deserializeMessage(payload, attachments, hooks);
}

module.exports = { serialize, deserialize };
