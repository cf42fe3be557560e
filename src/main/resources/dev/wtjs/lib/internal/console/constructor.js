'use strict';
// The console's methods over a pair of output streams: the global console (process.stdout/stderr) and every
// `new Console(...)` are made here. Each set keeps its own counters, timers and group indentation.

const { formatWithOptions, inspect } = require('internal/util/inspect');

// What formatWithOptions gives for the commonest calls (strings, the first without a '%', and numbers other
// than -0), built without it: console.log in a loop is most of what many scripts do. undefined: not such a call.
function plainText(args) {
  let text = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    let part;
    if (typeof a === 'string') {
      if (i === 0 && args.length > 1 && a.includes('%')) return undefined;
      part = a;
    } else if (typeof a === 'number' && !Object.is(a, -0)) {
      part = String(a);
    } else {
      return undefined;
    }
    text = i === 0 ? part : `${text} ${part}`;
  }
  return text;
}

function formatTime(ms) {
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) return `${(ms / 3600000).toFixed(3)}h`;
      return `${(ms / 60000).toFixed(3)}min`;
    }
    return `${(ms / 1000).toFixed(3)}s`;
  }
  return `${Number(ms.toFixed(3))}ms`;
}

// streams: { stdout(), stderr() } giving the streams to write to; options: { inspectOptions, groupIndentation,
// ignoreErrors, write }; write(fd, text), when given, writes each line instead (the global console's).
function consoleMethods(streams, { inspectOptions = undefined, groupIndentation = 2, ignoreErrors = true,
                                   write = undefined } = {}) {
  const counts = new Map();
  const timers = new Map();
  let groupIndent = '';
  const indentation = groupIndentation;
  const out = streams.stdout;

  function writer(pick, fd) {
    return function log(...args) {
      let text = (inspectOptions === undefined ? plainText(args) : undefined) ??
        formatWithOptions(inspectOptions ?? {}, ...args);
      if (groupIndent.length !== 0) {
        text = groupIndent + text.replace(/\n/g, `\n${groupIndent}`);
      }
      if (write !== undefined) {
        write(fd, text + '\n');
        return;
      }
      const stream = pick();
      if (!ignoreErrors) {
        stream.write(text + '\n');
        return;
      }
      try {
        stream.write(text + '\n');
      } catch (e) {
        if (e?.name === 'RangeError' && /call stack/i.test(e.message)) throw e;
      }
    };
  }

  const log = writer(streams.stdout, 1);
  const error = writer(streams.stderr, 2);

  const console = {
    log,
    info: log,
    debug: log,
    warn: error,
    error,
    trace(...args) {
      const err = { name: 'Trace', message: formatWithOptions({}, ...args) };
      if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(err, console.trace);
      } else {
        // Without V8's stack API: the frames of a fresh Error, less this function's own.
        const frames = `${new Error().stack}`.split('\n').filter((l) => /^\s+at /.test(l)).slice(1);
        err.stack = [`Trace${err.message === '' ? '' : `: ${err.message}`}`, ...frames].join('\n');
      }
      error(err.stack);
    },
    dir(obj, options) {
      out().write(groupIndent + inspect(obj, { customInspect: false, ...inspectOptions, ...options }) + '\n');
    },
    dirxml: log,
    assert(expression, ...args) {
      if (!expression) {
        // node 24: a string message is prefixed; anything else is printed after the words
        if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
        else args.unshift('Assertion failed');
        error(...args);
      }
    },
    count(label = 'default') {
      label = `${label}`;
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      log(`${label}: ${n}`);
    },
    countReset(label = 'default') {
      label = `${label}`;
      if (!counts.has(label)) {
        process.emitWarning(`Count for '${label}' does not exist`);
        return;
      }
      counts.delete(label);
    },
    time(label = 'default') {
      label = `${label}`;
      if (timers.has(label)) {
        process.emitWarning(`Label '${label}' already exists for console.time()`);
        return;
      }
      timers.set(label, performanceNow());
    },
    timeEnd(label = 'default') {
      label = `${label}`;
      const start = timers.get(label);
      if (start === undefined) {
        process.emitWarning(`No such label '${label}' for console.timeEnd()`);
        return;
      }
      timers.delete(label);
      log(`${label}: ${formatTime(performanceNow() - start)}`);
    },
    timeLog(label = 'default', ...data) {
      label = `${label}`;
      const start = timers.get(label);
      if (start === undefined) {
        process.emitWarning(`No such label '${label}' for console.timeLog()`);
        return;
      }
      log(`${label}: ${formatTime(performanceNow() - start)}`, ...data);
    },
    group(...data) {
      if (data.length > 0) log(...data);
      groupIndent += ' '.repeat(indentation);
    },
    groupEnd() {
      groupIndent = groupIndent.slice(0, groupIndent.length - indentation);
    },
    table(data, properties) {
      require('internal/console/table').table(log, data, properties);
    },
  };
  console.groupCollapsed = console.group;

  console.groupCollapsed = console.group;
  return console;
}

function performanceNow() {
  return internalBinding('host').now();
}


module.exports = { consoleMethods };
