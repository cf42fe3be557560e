'use strict';
process.on('unhandledRejection', (reason, p) => console.log('unhandled', reason.message, p instanceof Promise));
Promise.reject(new Error('first'));
(async () => { throw new Error('from async'); })();
Promise.reject(new Error('caught')).catch((e) => console.log('caught', e.message));
setTimeout(() => console.log('end'), 40);
