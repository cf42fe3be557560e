// moveMessagePortToContext: a closed port fails first, whatever the second argument; then the context check.
const { MessageChannel, moveMessagePortToContext } = require('worker_threads');
const { port1 } = new MessageChannel();
port1.close();
const tryMove = (port, ctx, what) => {
  try {
    moveMessagePortToContext(port, ctx);
    console.log(what, 'ok');
  } catch (e) {
    console.log(what, e.name, e.code, e.message);
  }
};
for (const ctx of [{}, 5, undefined]) tryMove(port1, ctx, 'closed port,');
const c = new MessageChannel();
for (const ctx of [{}, 5, undefined]) tryMove(c.port1, ctx, 'open port,');
tryMove({}, {}, 'not a port,');
c.port1.close();
