'use strict';
// The two queuing strategies of the Streams standard.

const { codes } = require('internal/errors');
const { kState, slotsOf, setSlots, inspectAs, defineToStringTag, customInspectSymbol } = require('internal/webstreams/shared');

function readInit(init) {
  if (init === null || typeof init !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new codes.ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    setSlots(this, { brand: 'ByteLengthQueuingStrategy', highWaterMark: readInit(init) });
  }

  get highWaterMark() {
    return slotsOf(this, 'ByteLengthQueuingStrategy').highWaterMark;
  }

  get size() {
    slotsOf(this, 'ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [customInspectSymbol](depth, opts) {
    return inspectAs(this, { highWaterMark: this[kState].highWaterMark }, depth, opts);
  }
}
defineToStringTag(ByteLengthQueuingStrategy);

class CountQueuingStrategy {
  constructor(init) {
    setSlots(this, { brand: 'CountQueuingStrategy', highWaterMark: readInit(init) });
  }

  get highWaterMark() {
    return slotsOf(this, 'CountQueuingStrategy').highWaterMark;
  }

  get size() {
    slotsOf(this, 'CountQueuingStrategy');
    return countSize;
  }

  [customInspectSymbol](depth, opts) {
    return inspectAs(this, { highWaterMark: this[kState].highWaterMark }, depth, opts);
  }
}
defineToStringTag(CountQueuingStrategy);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
