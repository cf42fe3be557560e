'use strict';
// Writes programs that send 20 generated values (the values of tools/inspect-fuzz: nested objects and arrays,
// Maps, Sets, class instances, typed arrays, boxed primitives, symbols, getters, circular references, errors,
// promises, functions, values of another realm) to a worker, which answers with its util.inspect of what arrived
// and the value itself; main prints that, its inspect of the value that came back, structuredClone's copy, and
// any error (name, message: what cannot be cloned and how node says so). The first five are then thrown by workers
// of their own, and the parent prints what its 'error' event got.
//   const { generateSends, render } = require('./generate');  render(generateSends(seed)) -> source

const { makeRandom, value, PRELUDE } = require('../inspect-fuzz/generate');

const THROWN = 5; // values also thrown, each by a worker of its own
// The thrown values' prelude: its errors' made-up stack frame names the eval text's `throw` line, so the line and
// caret printed before an error that reaches the parent as its inspect text are those of the throw, as V8's. (wtjs
// takes them from the stack's first frame: GraalJS tells no one where a value was thrown; README, differences.)
function throwerPrelude() {
  const text = PRELUDE.join('\n');
  return text.replace('(file.js:1:1)', `([worker eval]:${text.split('\n').length + 1}:1)`);
}

function generateSends(seed) {
  const g = makeRandom(seed);
  return { seed, values: Array.from({ length: 20 }, () => value(g, 3)) };
}

function render({ seed, values }) {
  return [
    `// clone-fuzz program, seed ${seed} (tools/clone-fuzz)`,
    ...PRELUDE,
    `const { Worker } = require('worker_threads');`,
    `const seen = (v) => util.inspect(v, { depth: Infinity });`,
    `const worker = new Worker(\``,
    `  const { parentPort } = require('worker_threads');`,
    `  const util = require('util');`,
    `  parentPort.on('message', (m) => parentPort.postMessage([util.inspect(m, { depth: Infinity }), m]));`,
    `\`, { eval: true });`,
    `const makers = [`,
    ...values.map((v) => `  () => (${v}),`),
    `];`,
    `let i = 0;`,
    `function next() {`,
    `  if (i === makers.length) return void worker.terminate(), throwNext();`,
    `  const n = i++;`,
    `  let v;`,
    `  try {`,
    `    v = makers[n]();`,
    `  } catch (e) {`,
    `    console.log(n, 'making it throws', e?.name);`,
    `    return next();`,
    `  }`,
    `  try {`,
    `    console.log(n, 'structuredClone', seen(structuredClone(v)));`,
    `  } catch (e) {`,
    `    console.log(n, 'structuredClone throws', e?.name, e?.message);`,
    `  }`,
    `  try {`,
    `    worker.postMessage(v);`,
    `  } catch (e) {`,
    `    console.log(n, 'postMessage throws', e?.name, e?.message);`,
    `    return next();`,
    `  }`,
    `  worker.once('message', ([there, back]) => {`,
    `    console.log(n, 'worker saw', there);`,
    `    console.log(n, 'came back', seen(back));`,
    `    next();`,
    `  });`,
    `}`,
    `// Then the first values thrown by workers of their own: what the parent's 'error' event gets.`,
    // (a Buffer thrown by a worker reaches node's parent as an object that prints as one but is none: README)
    `const thrown = ${JSON.stringify(values.filter((v) => !v.includes('Buffer')).slice(0, THROWN)
      .map((v) => `${throwerPrelude()}\nthrow (${v});`))};`,
    `let t = 0;`,
    `function throwNext() {`,
    `  if (t === thrown.length) return;`,
    `  const n = t++;`,
    `  const thrower = new Worker(thrown[n], { eval: true });`,
    `  thrower.on('error', (e) => {`,
    `    // (an error's stack is the engine's, and its first line where the throw was: its other parts are printed)`,
    `    const text = e instanceof Error ? seen([e.name, e.message, e.cause, { ...e }]) : seen(e);`,
    `    console.log(n, 'thrown', typeof e, Object.prototype.toString.call(e), text);`,
    `  });`,
    `  thrower.on('exit', (code) => {`,
    `    console.log(n, 'thrower exit', code);`,
    `    throwNext();`,
    `  });`,
    `}`,
    `next();`,
    '',
  ].join('\n');
}

module.exports = { generateSends, render };
