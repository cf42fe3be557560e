// Started by ../fork.js with an IPC channel.
console.log('child argv', process.argv.slice(2), process.env.FORKED, typeof process.send, process.connected);
process.on('message', (m) => {
  if (m === 'bye') {
    process.disconnect();
    return;
  }
  process.send({ step: 'echo', got: m }, (err) => console.log('child send callback', err));
});
process.send({ step: 'ready', unicode: 'é ✓', nothing: null, n: 1.5 });
process.on('disconnect', () => console.log('child disconnected', process.connected));
