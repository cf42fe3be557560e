'use strict';
// require('wtjs/plugin'): the worker side of JsWorker.request() in Java.
//
//   const { serve } = require('wtjs/plugin');
//   serve(async (request) => { ... return response; });
//
// The convention (any worker can follow it by hand): Java posts { wtjsRequestId, request } to the worker's
// parentPort; the worker answers on parentPort with { wtjsRequestId, response }, or with
// { wtjsRequestId, error: { name, message, stack, code, ...own properties } } when the handler throws or rejects
// (the own enumerable properties travel when they can be cloned; otherwise only name, message, stack and code).
// Other messages are left to the worker's own 'message' listeners.

const { parentPort } = require('worker_threads');

function isRequest(msg) {
  return msg !== null && typeof msg === 'object' && 'wtjsRequestId' in msg && 'request' in msg;
}

function errorRecord(err, withProperties = false) {
  if (err !== null && typeof err === 'object') {
    const out = {};
    if (withProperties) {
      for (const key of Object.keys(err)) {
        if (key !== 'wtjsRequestId') out[key] = err[key];
      }
    }
    out.name = String(err.name || 'Error');
    out.message = String(err.message ?? '');
    if (typeof err.stack === 'string') out.stack = err.stack;
    if (err.code !== undefined) out.code = String(err.code);
    return out;
  }
  return { name: 'Error', message: String(err) };
}

function serve(handler) {
  if (typeof handler !== 'function') throw new TypeError('serve(handler): handler must be a function');
  if (parentPort === null) throw new Error('wtjs/plugin: serve() runs in a worker');
  const onMessage = async (msg) => {
    if (!isRequest(msg)) return;
    const id = msg.wtjsRequestId;
    let reply;
    let failed = false;
    let thrown;
    try {
      reply = { wtjsRequestId: id, response: await handler(msg.request) };
    } catch (err) {
      failed = true;
      thrown = err;
      reply = { wtjsRequestId: id, error: errorRecord(err, true) };
    }
    try {
      parentPort.postMessage(reply);
    } catch (err) {
      // a property that cannot be cloned: the error's own fields still can, else the post error is the answer
      parentPort.postMessage({ wtjsRequestId: id, error: errorRecord(failed ? thrown : err) });
    }
  };
  parentPort.on('message', onMessage);
  return { close: () => parentPort.off('message', onMessage) };
}

module.exports = { serve };
