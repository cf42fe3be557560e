'use strict';
// fs.createWriteStream then fs.createReadStream over the same file: events, byte counts, start/end, encoding,
// a missing file's error, and pipeline between two file streams.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtjs-fs-streams-'));
const file = path.join(dir, 'a.txt');
const log = (...a) => console.log(...a);

const w = fs.createWriteStream(file);
log('pending', w.pending, w.path === file, w instanceof fs.WriteStream);
w.on('open', (fd) => log('w open', typeof fd));
w.on('ready', () => log('w ready'));
w.on('finish', () => log('w finish', w.bytesWritten));
w.on('close', () => {
  log('w close');
  readBack();
});
w.write('hello ');
w.write(Buffer.from('wörld\n'));
w.end('bye\n');

function readBack() {
  const r = fs.createReadStream(file, { highWaterMark: 4 });
  const chunks = [];
  r.on('open', (fd) => log('r open', typeof fd));
  r.on('ready', () => log('r ready'));
  r.on('data', (c) => chunks.push(c.length));
  r.on('end', () => log('r end', chunks, r.bytesRead));
  r.on('close', () => {
    log('r close');
    partial();
  });
}

function partial() {
  const r = fs.createReadStream(file, { start: 2, end: 8, encoding: 'utf8' });
  let text = '';
  r.on('data', (c) => { text += c; });
  r.on('close', () => {
    log('range', JSON.stringify(text));
    missing();
  });
}

function missing() {
  const r = fs.createReadStream(path.join(dir, 'nope.txt'));
  r.on('error', (e) => log('missing', e.code, e.syscall));
  r.on('close', () => {
    log('missing close');
    copy();
  });
}

function copy() {
  const dest = path.join(dir, 'b.txt');
  pipeline(fs.createReadStream(file), fs.createWriteStream(dest), (err) => {
    log('copied', err, fs.readFileSync(dest, 'utf8') === fs.readFileSync(file, 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
}
