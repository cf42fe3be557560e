// worker_threads.moveMessagePortToContext with a vm context: the port becomes an object of that context.
const vm = require('vm');
const { MessageChannel, moveMessagePortToContext } = require('worker_threads');

const ctx = vm.createContext({});
const { port1, port2 } = new MessageChannel();
const moved = moveMessagePortToContext(port1, ctx);
console.log(typeof moved, moved === port1, moved instanceof vm.runInContext('Object', ctx), moved instanceof Object);
console.log(typeof moved.on, typeof moved.addEventListener, typeof moved.postMessage, typeof moved.start);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(moved)).sort().join());
for (const [label, target] of [['plain object', {}], ['number', 1], ['null', null]]) {
  try {
    moveMessagePortToContext(port2, target);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
try {
  moveMessagePortToContext({}, ctx);
} catch (e) {
  console.log('not a port', e.name, e.code, e.message);
}
port2.on('message', (m) => {
  console.log('port2 got', m);
  port2.close();
});
ctx.moved = moved;
vm.runInContext('moved.postMessage({ from: "the context", list: [1, 2] })', ctx);
