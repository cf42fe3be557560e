// AbortSignal.any and AbortSignal.timeout: reasons, event order, validation, and util.aborted.
const util = require('util');
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any, b.signal]);
a.signal.addEventListener('abort', () => console.log('a abort', any.aborted, nested.aborted));
any.addEventListener('abort', () => console.log('any abort', any.reason, nested.aborted));
nested.onabort = (e) => console.log('nested abort', nested.reason, e.isTrusted, e.target === nested);
console.log('before', any.aborted, nested.aborted);
a.abort('first');
b.abort('second');
console.log('after', any.reason, nested.reason, b.signal.reason);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('already')]);
console.log('pre-aborted', pre.aborted, pre.reason);
console.log('empty', AbortSignal.any([]).aborted);
for (const bad of [() => AbortSignal.any(), () => AbortSignal.any(5), () => AbortSignal.any([a.signal, {}]),
  () => AbortSignal.timeout(-1), () => AbortSignal.timeout('1'), () => new AbortSignal(),
  () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({})]) {
  try { bad(); } catch (err) { console.log(err.name, err.code, err.message); }
}
const t = AbortSignal.timeout(10);
t.addEventListener('abort', () => {
  console.log('timeout', t.reason.name, t.reason.message, t.reason.code, t.reason instanceof DOMException);
  try { t.throwIfAborted(); } catch (err) { console.log('throwIfAborted', err === t.reason); }
});
const viaAny = AbortSignal.any([AbortSignal.timeout(20)]);
util.aborted(viaAny, {}).then(() => console.log('util.aborted', viaAny.reason.name));
console.log(util.inspect(any), util.inspect({ deep: { er: { c: new AbortController() } } }));
console.log(Object.keys(AbortSignal.prototype), Object.keys(AbortController.prototype));
