// A port posted through its own peer: a warning, and the channel is lost (both ports close).
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));
port2.on('message', () => console.log('message arrived'));
process.on('warning', (w) => console.log('warning:', w.name, w.message));
port1.postMessage(port2, [port2]);
console.log('posted');
