'use strict';
// Where stream events land among nextTick callbacks, promise jobs, immediates and timers.
const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const mark = (label) => {
  process.nextTick(() => log(`${label}: tick`));
  Promise.resolve().then(() => log(`${label}: promise`));
};
const r = new Readable({ read() {} });
r.on('readable', () => { log('readable'); let c; while ((c = r.read()) !== null) log('read', String(c)); });
r.on('end', () => { log('end'); mark('after end'); });
r.on('close', () => log('close'));
mark('start');
r.push('x');
mark('after push');
r.push(null);
setImmediate(() => log('immediate'));
setTimeout(() => log('timeout'), 0);

const p = new PassThrough();
p.on('data', (c) => log('p data', String(c)));
p.on('finish', () => log('p finish'));
p.on('end', () => log('p end'));
p.on('close', () => log('p close'));
p.end('y');
mark('after p.end');

const w = new Writable({ write(c, e, cb) { Promise.resolve().then(cb); } });
w.on('finish', () => log('w finish'));
w.on('close', () => log('w close'));
w.write('a', () => log('w cb a'));
w.end('b', () => log('w end cb'));
mark('after w.end');
