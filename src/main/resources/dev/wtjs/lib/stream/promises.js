'use strict';
// stream/promises: pipeline and finished returning promises.

const { pipelineImpl, finished: finishedCb } = require('internal/streams/finished');

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let options = {};
    const tail = streams[streams.length - 1];
    if (tail && typeof tail === 'object' && !Array.isArray(tail) && typeof tail.pipe !== 'function' &&
        typeof tail.write !== 'function' && typeof tail.on !== 'function' &&
        typeof tail[Symbol.asyncIterator] !== 'function' && typeof tail[Symbol.iterator] !== 'function') {
      options = streams.pop();
      if (options.signal) require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
    }
    if (Array.isArray(streams[0]) && streams.length === 1) streams = streams[0];
    pipelineImpl(streams, (err, value) => (err ? reject(err) : resolve(value)), options);
  });
}

function finished(stream, options) {
  return new Promise((resolve, reject) => {
    finishedCb(stream, options, (err) => (err ? reject(err) : resolve()));
  });
}

module.exports = { pipeline, finished };
