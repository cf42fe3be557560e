'use strict';
process.on('unhandledRejection', (reason, p) => console.log('unhandled', reason.message, p instanceof Promise));
const p = Promise.reject(new Error('first'));
setTimeout(() => { p.catch(() => console.log('caught late')); }, 20);
(async () => { throw new Error('from async'); })();
Promise.reject(new Error('caught')).catch((e) => console.log('caught', e.message));
setTimeout(() => console.log('end'), 40);
