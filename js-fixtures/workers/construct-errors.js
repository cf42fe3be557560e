// MessageChannel needs new; MessagePort cannot be made by user code at all.
const { MessageChannel, MessagePort } = require('worker_threads');
const attempts = {
  'MessageChannel()': () => MessageChannel(),
  'MessagePort()': () => MessagePort(),
  'new MessagePort()': () => new MessagePort(),
  'new MessagePort(1)': () => new MessagePort(1),
};
for (const [what, f] of Object.entries(attempts)) {
  try {
    f();
    console.log(what, 'ok');
  } catch (e) {
    console.log(what, e instanceof TypeError, e.code, e.message, Object.keys(e));
  }
}
const { port1 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1.constructor === MessagePort, typeof MessagePort.prototype.postMessage);
