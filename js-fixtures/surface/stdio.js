'use strict';
// worker.stdout/stderr with stdout: true / stderr: true (readable streams in the parent: 'data', 'end',
// setEncoding, pipe), worker.stdin with stdin: true (a writable stream feeding the worker's process.stdin);
// by default a worker's console output goes to the process's stdout, in order.
const { Worker } = require('worker_threads');

const plain = new Worker(`for (let i = 0; i < 3; i++) console.log('default stdout', i);`, { eval: true });
console.log('plain stdin', plain.stdin);
plain.on('exit', () => {
  const w = new Worker(`
    console.log('to worker.stdout');
    process.stdout.write('raw write\\n');
    console.error('to worker.stderr');
    let input = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => { input += d; });
    process.stdin.on('end', () => console.log('stdin was: ' + JSON.stringify(input)));
  `, { eval: true, stdout: true, stderr: true, stdin: true });
  let out = '';
  w.stdout.setEncoding('utf8');
  w.stdout.on('data', (d) => { out += d; });
  w.stdout.on('end', () => console.log('collected stdout:', JSON.stringify(out)));
  const errChunks = [];
  w.stderr.on('data', (d) => errChunks.push(d));
  w.stderr.on('end', () => console.log('stderr chunks are', Buffer.isBuffer(errChunks[0]) ? 'Buffers' : typeof errChunks[0],
                                      JSON.stringify(Buffer.concat(errChunks).toString())));
  w.stdin.write('line 1\n');
  w.stdin.write(Buffer.from('line 2\n'));
  w.stdin.end('last');
  w.on('exit', (code) => {
    console.log('exit', code);
    const piped = new Worker(`console.log('piped through')`, { eval: true, stdout: true });
    piped.stdout.pipe(process.stdout);
  });
});
