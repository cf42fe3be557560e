'use strict';
// question() writes its query to output and takes the next line; prompt(); readline/promises; use after close.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough, Writable } = require('stream');
const written = [];
const output = new Writable({ write(c, e, cb) { written.push(String(c)); cb(); } });
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: false, prompt: '$ ' });
rl.on('line', (line) => console.log('line event', line));
rl.question('name? ', (answer) => {
  console.log('answer', answer, 'prompt back to', JSON.stringify(rl.getPrompt()));
  rl.prompt();
  input.write('after\n');
  rl.close();
  try { rl.question('again?', () => {}); } catch (e) { console.log(e.code, e.message); }
  console.log('written', JSON.stringify(written));
  promised();
});
input.write('bob\n');

async function promised() {
  const input2 = new PassThrough();
  const rl2 = rlp.createInterface({ input: input2, output });
  setTimeout(() => input2.write('42\n'), 5);
  const a = await rl2.question('number? ');
  console.log('promised answer', a);
  const ac = new AbortController();
  const q = rl2.question('never? ', { signal: ac.signal });
  ac.abort();
  try { await q; } catch (e) { console.log('aborted', e.name, e.code); }
  rl2.close();
  try { await rl2.question('x'); } catch (e) { console.log('closed', e.code); }
  console.log('written', JSON.stringify(written.slice(2)));
}
