// A piscina task file: the default export handles a task; named exports are other tasks.
const { isMainThread, threadId } = require('node:worker_threads');
module.exports = ({ a, b }) => a + b;
module.exports.square = (n) => n * n;
module.exports.fail = (msg) => { throw new TypeError(msg); };
module.exports.slow = ({ ms }) => new Promise((r) => setTimeout(() => r(`slept ${ms}`), ms));
module.exports.sum = (buf) => new Uint8Array(buf).reduce((s, x) => s + x, 0);
module.exports.where = () => ({ isMainThread, worker: threadId > 0 });
