'use strict';
// What happens to an exception nobody caught, and to a promise rejection nobody handled: node's
// 'uncaughtException' / 'unhandledRejection' events, else node's report on stderr and exit code 1
// (in a worker: the error goes to the parent's 'error' event and the worker exits with 1).

const host = internalBinding('host');

function isErrorLike(e) {
  return e !== null && typeof e === 'object' && typeof e.stack === 'string' && 'message' in e;
}

// node's "file:line\n<source line>\n   ^\n" lines, from the first stack frame (best effort).
function sourceHeader(err) {
  if (!isErrorLike(err)) return '';
  const m = /\n\s+at (?:.*? \()?((?:node:|\/|file:|\[worker eval\]|\[eval\])[^()]*?):(\d+):(\d+)\)?(?:\n|$)/.exec(err.stack);
  if (!m) return '';
  const [, file, line, col] = m;
  let text = null;
  if (file.startsWith('node:')) text = host.builtinText(file.slice(5));
  else if (file.startsWith('/')) text = host.readFile(file);
  else if (host.isEval() && file === host.evalName()) text = host.script(); // -e's or a worker's eval text
  if (text == null) return '';
  const srcLine = text.split('\n')[line - 1];
  if (srcLine === undefined) return '';
  const shown = file.startsWith('/') && host.isEsm(file) ? `file://${file}` : file; // node names modules by URL
  return `${shown}:${line}\n${srcLine}\n${' '.repeat(caretColumn(srcLine, col - 1))}^\n`;
}

// Where the caret goes: the first stack frame is where the error was made (`new Error` in `throw new Error()`), V8's
// caret (and node's) where it was thrown: the `throw` before it on that line, if any.
function caretColumn(srcLine, at) {
  const before = srcLine.slice(0, Math.max(0, at));
  const thrown = before.lastIndexOf('throw');
  return thrown !== -1 && /^throw\b/.test(srcLine.slice(thrown)) && !/[\w$]$/.test(before.slice(0, thrown)) ?
    thrown : Math.max(0, at);
}

// An error that escapes a worker's eval text has those lines before its stack, as in node (whose eval runs as a
// script with displayErrors); so the parent's 'error' event shows them. Not one thrown later, nor from a file.
function decorateStack(err) {
  const header = sourceHeader(err);
  if (header === '') return;
  try {
    err.stack = `${header}\n${err.stack}`;
  } catch {
    // (a frozen error keeps its stack)
  }
}

function printUncaught(err) {
  const { inspect } = require('internal/util/inspect');
  const { NODE_VERSION } = require('internal/process/object');
  let out;
  try {
    const header = sourceHeader(err);
    if (isErrorLike(err)) {
      // e.g. "Emitted 'error' event at:" for an error an EventEmitter emitted without a listener
      require('internal/errors').fatalExceptionStackEnhancers.beforeInspector(err);
      out = (header ? header + '\n' : '') + inspect(err) + '\n';
    } else if ((typeof err === 'object' && err !== null) || typeof err === 'function') {
      out = '\n' + header + inspect(err) + '\n';
    } else {
      // node prints a thrown primitive as a string (a symbol as nothing), with a hint.
      out = '\n' + header + (typeof err === 'symbol' ? '' : String(err)) +
        '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
    }
  } catch {
    out = `Uncaught ${String(err)}\n`;
  }
  host.write(2, `${out}\nNode.js ${NODE_VERSION}\n`);
}

let handling = false;

function triggerUncaughtException(err, fromPromise = false) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (!handling) {
    handling = true;
    try {
      process.emit('uncaughtExceptionMonitor', err, origin);
      if (process.listenerCount('uncaughtException') > 0) {
        process.emit('uncaughtException', err, origin);
        return;
      }
    } catch (inner) {
      // An exception in the 'uncaughtException' handler itself: node reports it and exits with 7 at once,
      // without 'exit' listeners.
      handling = false;
      if (host.threadId() === 0) {
        printUncaught(inner);
        process.reallyExit(7);
        return;
      }
      err = inner;
    } finally {
      handling = false;
    }
  }
  // As node: the 'exit' listeners run first, then the report is printed (or sent to the parent's 'error').
  const code = process.emitExitAndGetCode(1, true);
  if (host.threadId() === 0) {
    printUncaught(err);
  } else {
    require('internal/worker').reportUncaught(err);
  }
  process.reallyExit(code === 0 ? 1 : code);
}

// process._fatalException(err): what node's native side calls for an uncaught error. Handled by an
// 'uncaughtException' listener: true. Otherwise node marks the process failed, runs the 'exit' listeners (they run
// again when the process really ends) and answers false, leaving the report and the exit to its caller.
function fatalException(err, fromPromise = false) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', err, origin);
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    return true;
  }
  process.exitCode = 1;
  process.emit('exit', 1);
  return false;
}

function unhandledRejectionError(reason) {
  const { noSideEffectsToString } = internalBinding('errors');
  const err = new Error('This error originated either by throwing inside of an async function without a catch ' +
    'block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
    `${noSideEffectsToString(reason)}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

// GraalJS calls this once its promise jobs have run, for each rejection still without a handler (node's default
// --unhandled-rejections=throw). node looks at them only when the nextTick queue is empty too (a tick a promise
// job queued runs first): they wait here until the agent's loop has run every tick (Agent.drainTicks calls
// processRejections), in the order they came, including any that come while one is handled.
let unhandled = [];
function onUnhandledRejection(reason, promise) {
  unhandled.push([reason, promise]);
  if (unhandled.length === 1) host.scheduleRejections();
}

function processRejections() {
  while (unhandled.length !== 0) {
    const batch = unhandled;
    unhandled = [];
    for (const [reason, promise] of batch) handleRejection(reason, promise);
  }
}

function handleRejection(reason, promise) {
  try {
    if (process.emit('unhandledRejection', reason, promise)) return;
    triggerUncaughtException(isErrorLike(reason) ? reason : unhandledRejectionError(reason), true);
  } catch (err) {
    triggerUncaughtException(err);
  }
}

module.exports = {
  decorateStack, fatalException, triggerUncaughtException, onUnhandledRejection, processRejections, printUncaught,
                   isErrorLike };
