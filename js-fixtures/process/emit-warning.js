// process.emitWarning forms: string, type, code, options, Error; the 'warning' event; the stderr lines.
process.on('warning', (w) => console.log('event', w.name, w.message, w.code, w.detail, w instanceof Error));
console.log('listeners', process.listenerCount('warning'));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE1');
process.emitWarning('opts', { type: 'OptWarning', code: 'CODE2', detail: 'some detail' });
const e = new Error('an error object');
e.name = 'ErrWarning';
process.emitWarning(e);
try { process.emitWarning(42); } catch (err) { console.log(err.code); }
console.log('sync done');
