'use strict';
// addAbortSignal and the signal option destroy the stream with an AbortError.
const { addAbortSignal, Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => log('r error', e.name, e.code, e.message, e.cause === ac.signal.reason));
r.on('close', () => log('r close'));
ac.abort();
log('destroyed right away', r.destroyed);

const w = new Writable({ write(c, e, cb) { cb(); }, signal: AbortSignal.abort('why') });
w.on('error', (e) => log('w error', e.name, e.cause));
try { addAbortSignal({}, r); } catch (e) { log('bad signal', e.code); }
try { addAbortSignal(ac.signal, {}); } catch (e) { log('bad stream', e.code); }
