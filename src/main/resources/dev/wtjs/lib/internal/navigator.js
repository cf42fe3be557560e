'use strict';
// The global `navigator`: what a web API asks of its host (CPU count, language, platform, user agent).

const { codes } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');

const kPrivate = Symbol('kPrivate');

class Navigator {
  #cached = {};

  constructor(key = undefined) {
    if (key !== kPrivate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    this.#cached.cpus ??= require('os').availableParallelism();
    return this.#cached.cpus;
  }

  get language() {
    this.#cached.language ??= localeOfEnvironment();
    return this.#cached.language;
  }

  get languages() {
    this.#cached.languages ??= Object.freeze([this.language]);
    return this.#cached.languages;
  }

  get userAgent() {
    return `Node.js/${process.version.slice(1).split('.')[0]}`;
  }

  get platform() {
    if (this.#cached.platform === undefined) {
      const os = require('os');
      const names = { win32: 'Win32', darwin: 'MacIntel' };
      this.#cached.platform = names[process.platform] ?? `${os.type()} ${os.machine()}`;
    }
    return this.#cached.platform;
  }

  [customInspectSymbol](depth) {
    return depth < 0 ? this : 'Navigator {}';
  }
}
for (const name of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  Object.defineProperty(Navigator.prototype, name, {
    ...Object.getOwnPropertyDescriptor(Navigator.prototype, name), enumerable: true,
  });
}

// The locale ICU takes from the environment (LC_ALL, LC_MESSAGES, LANG): 'de_DE.UTF-8' -> 'de-DE'; none, C or
// POSIX -> 'en-US'.
function localeOfEnvironment() {
  const env = process.env;
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const name = raw.split(/[.@]/)[0];
  if (name === '' || name === 'C' || name === 'POSIX') return 'en-US';
  try {
    return Intl.getCanonicalLocales(name.replace(/_/g, '-'))[0];
  } catch {
    return 'en-US';
  }
}

let navigator;
function getNavigator() {
  navigator ??= new Navigator(kPrivate);
  return navigator;
}

module.exports = { Navigator, getNavigator };
