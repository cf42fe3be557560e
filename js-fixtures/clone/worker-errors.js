'use strict';
// What a worker's uncaught exception becomes in the parent's 'error' event.
const { Worker, isMainThread, workerData } = require('worker_threads');

if (!isMainThread) {
  class MyError extends Error {
    constructor(m) { super(m); this.name = 'MyError'; this.extra = 'x'; }
  }
  const throwers = {
    Error: () => { throw new Error('plain'); },
    TypeError: () => { throw new TypeError('bad type'); },
    RangeError: () => { throw new RangeError('out of range'); },
    SyntaxErrorObj: () => { throw new SyntaxError('syn'); },
    URIError: () => { throw new URIError('uri'); },
    custom: () => { throw new MyError('mine'); },
    withCode: () => { throw Object.assign(new Error('coded'), { code: 'E_CODE', errno: -2, info: { a: [1, 2] } }); },
    withCause: () => { throw new Error('outer', { cause: new RangeError('inner') }); },
    number: () => { throw 42; },
    string: () => { throw 'a string'; },
    object: () => { throw { a: 1, b: 'two' }; },
    null: () => { throw null; },
    undefined: () => { throw undefined; },
    nameless: () => { const e = new Error('renamed'); e.name = 'Weird'; throw e; },
    async: () => { Promise.reject(new TypeError('rejected')); },
    asyncValue: () => { Promise.reject(7); },
    timer: () => { setTimeout(() => { throw new RangeError('from a timer'); }, 1); },
  };
  throwers[workerData]();
  return;
}

function describe(err) {
  if (err === null || typeof err !== 'object') return `${typeof err} ${String(err)}`;
  const own = Object.keys(err).filter((k) => k !== 'stack');
  const proto = Object.getPrototypeOf(err);
  return [
    `proto=${proto && proto.constructor ? proto.constructor.name : String(proto)}`,
    `instanceof Error=${err instanceof Error}`,
    `name=${err.name}`,
    `message=${JSON.stringify(err.message)}`,
    `own=${JSON.stringify(own)}`,
    `tag=${Object.prototype.toString.call(err)}`,
    `stackHead=${typeof err.stack === 'string' ? err.stack.split('\n')[0] : typeof err.stack}`,
    own.length ? `values=${JSON.stringify(Object.fromEntries(own.map((k) => [k, err[k]])))}` : '',
    'cause' in err ? `cause=${describe(err.cause)}` : '',
  ].filter(Boolean).join(' ');
}

const names = ['Error', 'TypeError', 'RangeError', 'SyntaxErrorObj', 'URIError', 'custom', 'withCode', 'withCause',
  'number', 'string', 'object', 'null', 'undefined', 'nameless', 'async', 'asyncValue', 'timer'];
(async () => {
  for (const name of names) {
    await new Promise((resolve) => {
      const w = new Worker(__filename, { workerData: name });
      w.on('error', (err) => console.log(`${name}: error event: ${describe(err)}`));
      w.on('exit', (code) => { console.log(`${name}: exit ${code}`); resolve(); });
    });
  }
})();
