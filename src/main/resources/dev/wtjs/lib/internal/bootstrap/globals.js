'use strict';
// The globals a node script sees besides the language's own. Defined like node's: writable, configurable,
// not enumerable. Heavier ones load on first use.

function defineValue(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

function defineLazy(name, load) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get() {
      const value = load();
      defineValue(name, value);
      return value;
    },
    set(value) {
      defineValue(name, value);
    },
  });
}

function setupGlobals() {
  const timers = require('internal/timers');
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
    defineValue(name, timers[name]);
  }
  defineValue('queueMicrotask', require('internal/process/task_queues').queueMicrotask);
  defineValue('process', process);
  Object.defineProperty(globalThis, 'global', { value: globalThis, writable: true, configurable: true, enumerable: false });
  defineLazy('console', () => require('internal/console/global'));
  defineLazy('structuredClone', () => {
    require('internal/worker/serialize'); // (registers the host objects: ports, Blob, File)
    return require('internal/structured_clone').structuredClone;
  });
  defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
  defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
  defineLazy('URL', () => require('internal/url').URL);
  defineLazy('URLSearchParams', () => require('internal/url').URLSearchParams);
  defineLazy('EventTarget', () => require('internal/event_target').EventTarget);
  defineLazy('Event', () => require('internal/event_target').Event);
  defineLazy('CustomEvent', () => require('internal/event_target').CustomEvent);
  defineLazy('AbortController', () => require('internal/abort_controller').AbortController);
  defineLazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
  defineLazy('DOMException', () => require('internal/per_context/domexception').DOMException);
  defineLazy('MessageChannel', () => require('internal/worker/io').MessageChannel);
  defineLazy('MessagePort', () => require('internal/worker/io').MessagePort);
  defineLazy('MessageEvent', () => require('internal/worker/io').MessageEvent);
  defineLazy('BroadcastChannel', () => require('internal/worker/io').BroadcastChannel);
  defineLazy('Buffer', () => require('buffer').Buffer);
  defineLazy('atob', () => require('buffer').atob);
  defineLazy('btoa', () => require('buffer').btoa);
  defineLazy('Crypto', () => require('internal/crypto/webcrypto').Crypto);
  defineLazy('SubtleCrypto', () => require('internal/crypto/webcrypto').SubtleCrypto);
  // (enumerable, as node's)
  Object.defineProperty(globalThis, 'crypto', {
    get: () => require('internal/crypto/webcrypto').crypto, enumerable: true, configurable: true,
  });
  defineLazy('performance', () => require('perf_hooks').performance);
  defineLazy('fetch', () => require('internal/fetch/fetch').fetch);
  defineLazy('Headers', () => require('internal/fetch/headers').Headers);
  defineLazy('Request', () => require('internal/fetch/request').Request);
  defineLazy('Response', () => require('internal/fetch/response').Response);
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
    defineLazy(name, () => require('stream/web')[name]);
  }
  defineLazy('Blob', () => require('internal/blob').Blob);
  defineLazy('File', () => require('internal/file').File);
  defineLazy('FormData', () => require('internal/fetch/formdata').FormData);
  defineLazy('Navigator', () => require('internal/navigator').Navigator);
  Object.defineProperty(globalThis, 'navigator', {
    get: () => require('internal/navigator').getNavigator(), enumerable: true, configurable: true,
  });
}

module.exports = { setupGlobals };
