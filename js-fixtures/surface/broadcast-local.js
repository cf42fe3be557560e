'use strict';
// Several BroadcastChannels with one name in the same thread: each hears the others, not itself; an open
// channel keeps the process alive until closed or unref'd.
const { BroadcastChannel } = require('worker_threads');

const a = new BroadcastChannel('room');
const b = new BroadcastChannel('room');
const c = new BroadcastChannel('room');
// (node delivers to the channels in the order their handles come up in its loop; the fixture sorts)
const got = [];
a.onmessage = (e) => got.push(`a got ${e.data}`);
b.onmessage = (e) => got.push(`b got ${e.data}`);
c.addEventListener('message', (e) => {
  got.push(`c got ${e.data} ${e.constructor.name}`);
  if (e.data === 'from b') setTimeout(finish, 20);
});
function finish() {
  {
    console.log(got.sort().join('\n'));
    a.close();
    b.close();
    c.unref();
    setTimeout(() => console.log('timer after unref'), 10);
  }
}
a.postMessage('from a');
b.postMessage('from b');
const lonely = new BroadcastChannel('nobody');
lonely.postMessage('into the void');
lonely.close();
process.on('exit', () => console.log('exit'));
