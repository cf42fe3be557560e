'use strict';
// events.once() on an object that has on()/once() but no removeListener() (tinypool wraps its workers so).
const { EventEmitter, once } = require('events');
const inner = new EventEmitter();
const like = { on: (e, f) => inner.on(e, f), once: (e, f) => inner.once(e, f) };
once(like, 'done').then((args) => {
  console.log('resolved', args, 'error listeners left', inner.listenerCount('error'));
});
setTimeout(() => inner.emit('done', 1, 2), 5);
