// The global console writes through whatever process.stdout/stderr are when it writes: a script may patch
// write() after printing, put its own stream there with defineProperty, or assign one; and printing before any
// of that must not change what the script later finds.
const { Writable } = require('stream');

console.log('before anything: straight out');
console.error('to stderr before anything');

const seen = [];
const original = process.stdout.write;
process.stdout.write = function patched(chunk, ...rest) {
  seen.push(String(chunk));
  return original.call(this, `[patched] ${chunk}`, ...rest);
};
console.log('through the patched write', 1, 2);
process.stdout.write = original;
console.log('patched lines seen:', JSON.stringify(seen));

const captured = [];
const capture = new Writable({ write(chunk, enc, cb) { captured.push(String(chunk)); cb(); } });
const realStderr = process.stderr;
Object.defineProperty(process, 'stderr', { value: capture, configurable: true, writable: true });
console.error('into a stream put there by defineProperty');
Object.defineProperty(process, 'stderr', { value: realStderr, configurable: true, writable: true });
console.log('captured from stderr:', JSON.stringify(captured));

const other = [];
const realStdout = process.stdout;
process.stdout = new Writable({ write(chunk, enc, cb) { other.push(String(chunk)); cb(); } });
console.log('into an assigned stream');
console.info('info too');
process.stdout = realStdout;
console.log('assigned stream got:', JSON.stringify(other));
console.log('stdout is a stream again:', typeof process.stdout.write, process.stdout.writable);
