// util as node 24 exports it: types, system errors, styleText, debuglog, inherits, callbackify, format of strings.
const util = require('util');
const types = require('util/types');
console.log(types === util.types, Object.keys(util.types).length, typeof util.types.isFloat16Array);
console.log(types.isUint8Array(new Uint8Array(1)), types.isTypedArray(new DataView(new ArrayBuffer(1))),
            types.isDate(Object.create(Date.prototype)), types.isMap(new Map()), types.isNativeError(new TypeError()));
console.log(['isBoolean', 'isNumber', 'isString', 'log', 'isArray'].map((k) => typeof util[k]).join(' '));
console.log(util.getSystemErrorName(-2), util.getSystemErrorMessage(-13), util.getSystemErrorMessage(-99999));
try { util.getSystemErrorMessage(1); } catch (e) { console.log(e.code, e.message); }
console.log(util.convertProcessSignalToExitCode('SIGINT'), util.convertProcessSignalToExitCode('SIGKILL'));
console.log(JSON.stringify(util.styleText(['bold', 'green'], 'ok', { validateStream: false })),
            util.styleText('red', 'plain when not a TTY'));
try { util.styleText('no-such-style', 'x'); } catch (e) { console.log(e.code); }
try { util.styleText('red', 5); } catch (e) { console.log(e.code, e.message); }
const d = util.debuglog('wtjs-fixture');
console.log(d.enabled, typeof d);
function Base() {} Base.prototype.hi = function () { return 'hi'; };
function Derived() {} util.inherits(Derived, Base);
console.log(new Derived().hi(), Derived.super_ === Base);
try { util.inherits(Derived, null); } catch (e) { console.log(e.code, e.message); }
util.markPromiseAsHandled(Promise.reject(new Error('handled')));
try { util.markPromiseAsHandled({}); } catch (e) { console.log(e.code, e.message); }
console.log(util.format('a', 'b', 'c'), util.format('%s%%', 'x'), util.format('%d', '42'), util.format());
console.log(util.toUSVString('a\ud800b'), util.stripVTControlCharacters('\x1b[1mbold\x1b[22m'));
util.callbackify(async (x) => x * 2)(21, (err, v) => console.log('callbackify', err, v));
util.callbackify(() => Promise.reject(0))((err) => console.log('falsy', err.code, err.reason));
util.promisify((cb) => cb(null, 'promisified'))().then(console.log);
console.table(new Map([['a', 1], ['b', { c: 2 }]]));
console.table([{ x: 1 }, { y: 'two' }, 3], ['x']);
