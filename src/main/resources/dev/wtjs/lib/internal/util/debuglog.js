'use strict';
// util.debuglog(section[, callback]): a logger that writes "SECTION pid: message" to stderr when NODE_DEBUG
// names the section (comma-separated names, case-insensitive, `*` as a wildcard). NODE_DEBUG is read once, on
// the first use of any logger; each logger decides on its own first use.

const { inspect, formatWithOptions } = require('internal/util/inspect');

let sectionPattern;

function initializeDebugEnv(value) {
  sectionPattern = null;
  if (!value) return;
  const alternatives = value.split(',').map((name) =>
    name.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*'));
  sectionPattern = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
}

function sectionEnabled(section) {
  if (sectionPattern === undefined) initializeDebugEnv(process.env?.NODE_DEBUG);
  return sectionPattern !== null && sectionPattern.test(section);
}

function stderrColors() {
  const stderr = process.stderr;
  const force = process.env?.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (!stderr?.isTTY) return false;
  return typeof stderr.getColorDepth === 'function' ? stderr.getColorDepth() > 2 : true;
}

function writeLine(line) {
  if (typeof process.stderr?.write === 'function') process.stderr.write(`${line}\n`);
  else globalThis.console?.error(line);
}

// One printing function per section, shared by every logger of that section.
const printers = new Map();

function printerFor(section) {
  let printer = printers.get(section);
  if (printer !== undefined) return printer;
  if (!sectionEnabled(section)) {
    printer = () => {};
  } else {
    if (section === 'HTTP' || section === 'HTTP2') {
      process.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' can expose ` +
        'sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
    }
    printer = function debug(...args) {
      const colors = stderrColors();
      writeLine(`${section} ${inspect(process.pid, { colors })}: ${formatWithOptions({ colors }, ...args)}`);
    };
  }
  printers.set(section, printer);
  return printer;
}

function debuglog(section, callback) {
  let print;
  const resolve = () => {
    if (print === undefined) {
      print = printerFor(`${section}`.toUpperCase());
      if (typeof callback === 'function') callback(print);
    }
    return print;
  };
  const logger = (...args) => resolve()(...args);
  Object.defineProperty(logger, 'enabled', {
    get() { return sectionEnabled(`${section}`.toUpperCase()); },
    enumerable: true,
    configurable: true,
  });
  return logger;
}

module.exports = { debuglog, initializeDebugEnv };
