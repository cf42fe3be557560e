'use strict';
// The cursor helpers write ANSI escapes; callbacks run; null streams are fine.
const readline = require('readline');
const { Writable } = require('stream');
const out = [];
const w = new Writable({ write(c, e, cb) { out.push(JSON.stringify(String(c))); cb(); } });
readline.cursorTo(w, 3);
readline.cursorTo(w, 3, 4);
readline.moveCursor(w, -2, 5);
readline.moveCursor(w, 1, -1);
readline.clearLine(w, -1);
readline.clearLine(w, 1);
readline.clearLine(w, 0);
readline.clearScreenDown(w, () => console.log('cb called'));
console.log(readline.cursorTo(null, 1), readline.moveCursor(w, 0, 0));
try { readline.cursorTo(w, undefined, 2); } catch (e) { console.log(e.code); }
setTimeout(() => console.log(out.join(' ')), 5);
