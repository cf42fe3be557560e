'use strict';
// Writes event-loop programs from a seed: callbacks of every kind scheduling callbacks of every other kind,
// nested up to three deep, each logging a label (a promise rejected without a handler is one: its
// 'unhandledRejection' event runs the callback). A program is a list of stages run one after another; a stage
// starts from one trigger (a timer, an immediate, an interval, an fs callback, an awaited fs promise, a
// MessagePort message, a worker's reply or its exit) and runs a tree of callbacks whose order node fixes: the
// next stage is triggered only when every callback of this one has run, so triggers of uncertain latency
// (threads, files, timers of 5-200 ms) never race with anything. Within a stage, 0 ms timers are not mixed with
// immediates or port messages (their order depends on how long a loop turn took). Timers of other delays are
// stage triggers only: inside a tree they would race with the rest of it on a slow (cold or loaded) machine.
// Some stages are fs stages: fs callbacks and fs promises inside the tree, against nextTick and promise jobs only
// (an fs answer's turn races with immediates, timers and port messages), and never two fs requests in flight at
// once (the pool's threads race): a later fs node must descend from every earlier one.
//   const { generate } = require('./generate');  generate(seed) -> { tree, source }

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRIGGERS = ['timer', 'long', 'immediate', 'tick', 'interval', 'fs', 'fsPromise', 'port', 'worker', 'workerExit'];
const KINDS = ['tick', 'microtask', 'then', 'await', 'chain', 'zero', 'port', 'reject'];
const CHAIN_STEPS = ['null', 'resolved', 'zero', 'tick'];
const FS_KINDS = ['tick', 'microtask', 'then', 'await', 'chain', 'fs', 'fsp', 'fsread'];
const FS_CHAIN_STEPS = ['null', 'resolved', 'tick', 'tick'];
const isFs = (kind) => kind === 'fs' || kind === 'fsp' || kind === 'fsread';

// A random stage tree. `zero` is the stage's 0 ms kind: 'timeout' or 'immediate' (never both).
function makeTree(r, prefix, budget, zero, fsStage) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  let count = 0;
  const fsNodes = [];
  function node(label, depth, kind, ancestors) {
    count++;
    const n = { label, kind, children: [] };
    if (isFs(kind)) fsNodes.push(n);
    const kids = depth >= 3 || count >= budget ? 0 : Math.floor(r() * (depth === 0 ? 4 : 3));
    for (let i = 0; i < kids && count < budget; i++) {
      let kind = pick(fsStage ? FS_KINDS : KINDS);
      // a port message and a 0 ms timer race (the message phase comes after the timers that are already due)
      if (kind === 'port' && zero === 'timeout') kind = 'then';
      if (isFs(kind) && fsNodes.some((f) => f !== n && !ancestors.includes(f))) kind = 'then';
      const child = node(`${label}.${i}`, depth + 1, kind, [...ancestors, n]);
      if (kind === 'chain') {
        child.steps = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(fsStage ? FS_CHAIN_STEPS : CHAIN_STEPS));
      }
      n.children.push(child);
    }
    return n;
  }
  return node(prefix, 0, null, []);
}

function generateTree(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const stages = [];
  const rf = rng(seed ^ 0x2f5a9e1); // fs stages from a stream of their own: other programs stay as they were
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    let trigger = pick(TRIGGERS);
    // a worker that has exited cannot answer: its exit ends the worker stages
    if (trigger === 'workerExit' && i < n - 1) trigger = 'worker';
    const zero = r() < 0.5 ? 'timeout' : 'immediate';
    const delay = trigger === 'long' ? 50 * (1 + Math.floor(r() * 4)) : 5;
    const fsStage = rf() < 0.3;
    stages.push({ trigger, zero, delay, root: makeTree(r, `s${i}`, 4 + Math.floor(r() * 9), zero, fsStage) });
  }
  return { seed, stages, exitCode: r() < 0.2 ? 1 + Math.floor(r() * 3) : 0 };
}

// ---- code generation ----

function countLogs(n) {
  const own = n.kind === 'chain' ? 1 + n.steps.length : 1;
  return own + n.children.reduce((s, c) => s + countLogs(c), 0);
}

function indent(text, by) {
  return text.split('\n').map((l) => (l ? ' '.repeat(by) + l : l)).join('\n');
}

// The statements that schedule node `n` (its kind decides how) from inside its parent's callback.
function schedule(n, zero) {
  const body = callbackBody(n, zero);
  switch (n.kind) {
    case 'tick': return `process.nextTick(() => {\n${indent(body, 2)}\n});`;
    case 'microtask': return `queueMicrotask(() => {\n${indent(body, 2)}\n});`;
    case 'then': return `Promise.resolve().then(() => {\n${indent(body, 2)}\n});`;
    case 'await': return `(async () => {\n  await null;\n${indent(body, 2)}\n})();`;
    case 'zero': return zero === 'timeout'
      ? `setTimeout(() => {\n${indent(body, 2)}\n}, 0);`
      : `setImmediate(() => {\n${indent(body, 2)}\n});`;
    case 'port': return `onPort(() => {\n${indent(body, 2)}\n});`;
    case 'reject': return `rejectThen(() => {\n${indent(body, 2)}\n});`;
    case 'fs': return `fs.stat(__filename, () => {\n${indent(body, 2)}\n});`;
    case 'fsp': return `fs.promises.stat(__filename).then(() => {\n${indent(body, 2)}\n});`;
    case 'fsread': return `fs.readFile(__filename, () => {\n${indent(body, 2)}\n});`;
    case 'chain': {
      const steps = n.steps.map((s, i) => {
        const wait = s === 'null' ? 'await null;'
          : s === 'resolved' ? 'await Promise.resolve();'
          : s === 'tick' ? 'await new Promise((r) => process.nextTick(r));'
          : zero === 'timeout' ? 'await sleep(0);' : 'await new Promise((r) => setImmediate(r));';
        return `${wait}\nlog('${n.label}~${i}');`;
      }).join('\n');
      return `(async () => {\n${indent(steps, 2)}\n${indent(body, 2)}\n})();`;
    }
    default: throw new Error(`kind ${n.kind}`);
  }
}

function callbackBody(n, zero) {
  const lines = [`log('${n.label}');`];
  for (const c of n.children) lines.push(schedule(c, zero));
  return lines.join('\n');
}

// The statement that starts stage `i` and runs `body` when its trigger fires.
function trigger(stage, body) {
  const b = indent(body, 2);
  switch (stage.trigger) {
    case 'timer': case 'long': return `setTimeout(() => {\n${b}\n}, ${stage.delay});`;
    case 'immediate': return `setImmediate(() => {\n${b}\n});`;
    case 'tick': return `process.nextTick(() => {\n${b}\n});`;
    case 'interval': return `{\n  let n = 0;\n  const iv = setInterval(() => {\n    log('interval ' + n);\n` +
      `    if (++n < 2) return;\n    clearInterval(iv);\n${indent(body, 4)}\n  }, 10);\n}`;
    case 'fs': return `fs.readFile(__filename, (err) => {\n  log('fs ' + (err ? err.code : 'ok'));\n${b}\n});`;
    case 'fsPromise': return `(async () => {\n  const t = await fs.promises.readFile(__filename, 'utf8');\n` +
      `  log('fsPromise ' + (t.length > 0));\n${b}\n})();`;
    case 'port': return `onPort(() => {\n${b}\n});`;
    case 'worker': return `askWorker((reply) => {\n  log('worker replied ' + reply);\n${b}\n});`;
    case 'workerExit': return `endWorker((code) => {\n  log('worker exit ' + code);\n${b}\n});`;
    default: throw new Error(`trigger ${stage.trigger}`);
  }
}

function render(tree) {
  const usesWorker = tree.stages.some((s) => s.trigger === 'worker' || s.trigger === 'workerExit');
  const out = [
    `'use strict';`,
    `// loop-fuzz program, seed ${tree.seed} (tools/loop-fuzz)`,
    `const fs = require('fs');`,
    `const { Worker, MessageChannel } = require('worker_threads');`,
    `const log = (s) => console.log(s);`,
    `const sleep = (ms) => new Promise((r) => setTimeout(r, ms));`,
    `const ch = new MessageChannel();`,
    `const waiting = [];`,
    `ch.port2.on('message', () => waiting.shift()());`,
    `function onPort(cb) { waiting.push(cb); ch.port1.postMessage(0); }`,
    `// a promise rejected without a handler: node reports it once the ticks and promise jobs are done`,
    `const onRejection = new Map();`,
    `process.on('unhandledRejection', (e) => onRejection.get(e)());`,
    `function rejectThen(cb) { const e = new Error('r'); onRejection.set(e, cb); Promise.reject(e); }`,
  ];
  if (usesWorker) {
    out.push(
      `const worker = new Worker("const { parentPort } = require('worker_threads');" +`,
      `  "parentPort.on('message', (m) => m === 'bye' ? process.exit(3) : parentPort.postMessage(m + 1));", { eval: true });`,
      `let asked = 0;`,
      `function askWorker(cb) { worker.once('message', cb); worker.postMessage(asked++); }`,
      `function endWorker(cb) { worker.once('exit', cb); worker.postMessage('bye'); }`);
  }
  out.push(`const stages = [];`);
  tree.stages.forEach((stage, i) => {
    const total = countLogs(stage.root);
    const body = callbackBody(stage.root, stage.zero)
      .replace(/log\('([^']*)'\);/g, (m, l) => `done(${i}, '${l}');`);
    out.push(`stages.push(() => {\n  let left = ${total};\n  stages[${i}].left = () => --left === 0;\n` +
      `${indent(trigger(stage, body), 2)}\n});`);
  });
  out.push(
    `function done(i, label) {`,
    `  log(label);`,
    `  if (stages[i].left()) next(i + 1);`,
    `}`,
    `function next(i) {`,
    `  if (i < stages.length) { stages[i](); return; }`,
    usesWorker ? `  worker.terminate().then(() => { log('end'); ch.port1.close(); });`
      : `  log('end'); ch.port1.close();`,
    `}`,
    `process.on('exit', (code) => log('exit ' + code));`,
    tree.exitCode ? `process.exitCode = ${tree.exitCode};` : '',
    `next(0);`, '');
  return out.join('\n');
}

module.exports = { generateTree, render, rng };
