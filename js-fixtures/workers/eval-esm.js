// A data: URL worker, and eval'd worker code with module syntax (node 24 runs it as an ES module).
const { Worker } = require('worker_threads');
const w1 = new Worker(new URL('data:text/javascript,console.log(%22from data url%22)'));
w1.on('exit', (code) => {
  console.log('data url worker exit', code);
  const code2 = 'import p from "node:path";\nimport { isMainThread } from "node:worker_threads";\n' +
    'console.log(p.basename("/a/b.js"), isMainThread, typeof require, typeof import.meta);';
  const w2 = new Worker(code2, { eval: true });
  w2.on('error', (e) => console.log('error', e.name, e.message));
  w2.on('exit', (c) => {
    console.log('module worker exit', c);
    const w3 = new Worker('console.log(typeof require, typeof module)', { eval: true });
    w3.on('exit', (c3) => console.log('script worker exit', c3));
  });
});
