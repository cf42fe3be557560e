// A port that echoes to itself forever must not starve the loop: the timer and the immediate still run.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
let n = 0;
port2.on('message', (m) => {
  if (n++ === 0) {
    setImmediate(() => console.log('immediate ran'));
    setTimeout(() => {
      console.log('timer fired, echoed more than once:', n > 1);
      port1.close();
    }, 10);
  }
  port1.postMessage(m + 1);
});
port2.on('close', () => console.log('closed'));
port1.postMessage(0);
