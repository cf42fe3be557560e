// events.addAbortListener gives back a Disposable: Symbol.dispose exists, and disposing removes the listener;
// an already-aborted signal runs the listener on a microtask.
const { addAbortListener } = require('events');
console.log(typeof Symbol.dispose, typeof Symbol.asyncDispose, String(Symbol.dispose));
const ac = new AbortController();
const kept = addAbortListener(ac.signal, () => console.log('kept listener ran'));
const dropped = addAbortListener(ac.signal, () => console.log('dropped listener ran'));
console.log(typeof kept[Symbol.dispose]);
dropped[Symbol.dispose]();
ac.abort();
addAbortListener(ac.signal, () => console.log('late listener ran'));
console.log('sync end');
try {
  addAbortListener(undefined, () => {});
} catch (e) {
  console.log(String(e));
}
