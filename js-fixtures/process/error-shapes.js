// How node's own errors look from user code: String(), the stack's first line, the inspected extra properties,
// and the code/name/message of errors raised by argument checks across several builtins (node 24's texts).
const util = require('util');
const events = require('events');

function head(err) {
  return util.inspect(err).split('\n    at ')[0];
}
function tail(err) {
  const text = util.inspect(err);
  const brace = text.lastIndexOf(' {\n');
  return brace === -1 ? '' : text.slice(brace + 1).replace(/\n\s*/g, ' ');
}
function show(label, fn) {
  try {
    const value = fn();
    console.log(label, '-> ok', value);
  } catch (err) {
    console.log(label, '->', String(err));
    console.log('  stack head:', err.stack.split('\n')[0]);
    console.log('  inspect head:', head(err), '| props:', tail(err));
    console.log('  ctor:', err.constructor && err.constructor.name, 'keys:', Object.keys(err).join(','),
                'instanceof TypeError/RangeError:', err instanceof TypeError, err instanceof RangeError);
  }
}

show('Buffer.alloc string', () => Buffer.alloc('x'));
show('Buffer.from number', () => Buffer.from(5));
show('Buffer.from long string type', () => Buffer.alloc(1).write(1, 'a'.repeat(60)));
show('setMaxListeners -1', () => new events.EventEmitter().setMaxListeners(-1));
show('emit error plain', () => new events.EventEmitter().emit('error', 'boom'));
show('emit error object', () => new events.EventEmitter().emit('error', { a: 1 }));
show('emit error none', () => new events.EventEmitter().emit('error'));
show('util.inherits null', () => util.inherits(function A() {}, null));
show('util.promisify 5', () => util.promisify(5));
show('util.deprecate bad code', () => util.deprecate(() => {}, 'm', 5));
show('util.types arg', () => util.format('%s', Symbol('q')));
show('getSystemErrorName 0', () => util.getSystemErrorName(0));
show('getSystemErrorName -2', () => util.getSystemErrorName(-2));
show('getSystemErrorName x', () => util.getSystemErrorName('x'));
show('fileURLToPath http', () => require('url').fileURLToPath('http://x/'));
show('fileURLToPath rel', () => require('url').fileURLToPath('file:relative'));
show('AbortSignal.abort reason', () => { throw AbortSignal.abort().reason; });
show('AbortSignal.timeout -1', () => AbortSignal.timeout(-1));
show('DOMException', () => { throw new DOMException('nope', 'DataCloneError'); });
show('DOMException timeout', () => { throw new DOMException('slow', { name: 'TimeoutError', cause: 1 }); });
show('structuredClone fn', () => structuredClone(() => {}));
show('queueMicrotask 1', () => queueMicrotask(1));
show('setTimeout cb', () => setTimeout('x'));
show('TextDecoder label', () => new TextDecoder('nope'));
show('path.join number', () => require('path').join('a', 5));
show('fs.readFileSync missing', () => require('fs').readFileSync(__dirname + '/no-such-file'));
try {
  require('fs').rmSync(__dirname);
} catch (err) {
  console.log('fs.rmSync dir ->', String(err).replace(__dirname, '<dir>'), err.name, Object.keys(err),
              err.errno, err.syscall, err.path === __dirname, err.info.code);
}
show('readUInt8 past end', () => Buffer.alloc(1).readUInt8(5));
show('readUInt8 2 ** 40', () => Buffer.alloc(1).readUInt8(2 ** 40));
show('exceptionWithHostPort', () => { throw util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80); });
show('worker bad path', () => new (require('worker_threads').Worker)('x.js'));
show('assert.throws no fn', () => require('assert').throws(5));
show('addAbortListener none', () => events.addAbortListener(undefined, () => {}));

const err = new RangeError('plain');
console.log(String(err), Object.keys(err));
process.exitCode = 0;
