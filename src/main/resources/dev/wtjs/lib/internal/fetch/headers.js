'use strict';
// The fetch Headers class: names lower-cased, values trimmed, iteration sorted by name with each Set-Cookie on
// its own.

const { isToken, hasBadValueChar } = require('internal/http/common');

const kList = Symbol('kList');
const kGuard = Symbol('kGuard');

function normalizeValue(value) {
  return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(name, method) {
  if (!isToken(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
}

function checkValue(name, value, method) {
  if (hasBadValueChar(value) || /[\r\n\0]/.test(value)) {
    throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
  }
}

class Headers {
  [kList] = new Map(); // lower-cased name -> [values]
  [kGuard] = 'none';

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
    }
    if (init instanceof Headers) {
      for (const [name, values] of init[kList]) this[kList].set(name, [...values]);
    } else if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const entry = [...pair];
        if (entry.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + entry.length + '.');
        this.append(entry[0], entry[1]);
      }
    } else {
      for (const name of Object.keys(init)) this.append(name, init[name]);
    }
  }

  #immutable() {
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
  }

  append(name, value) {
    this.#immutable();
    name = String(name);
    value = normalizeValue(value);
    checkName(name, 'append');
    checkValue(name, value, 'append');
    const key = name.toLowerCase();
    const values = this[kList].get(key);
    if (values) values.push(value); else this[kList].set(key, [value]);
  }

  set(name, value) {
    this.#immutable();
    name = String(name);
    value = normalizeValue(value);
    checkName(name, 'set');
    checkValue(name, value, 'set');
    this[kList].set(name.toLowerCase(), [value]);
  }

  delete(name) {
    this.#immutable();
    name = String(name);
    checkName(name, 'delete');
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    name = String(name);
    checkName(name, 'get');
    const values = this[kList].get(name.toLowerCase());
    if (values === undefined) return null;
    return values.join(', ');
  }

  getSetCookie() {
    return [...(this[kList].get('set-cookie') ?? [])];
  }

  has(name) {
    name = String(name);
    checkName(name, 'has');
    return this[kList].has(name.toLowerCase());
  }

  * entries() {
    const names = [...this[kList].keys()].sort();
    for (const name of names) {
      const values = this[kList].get(name);
      if (name === 'set-cookie') for (const v of values) yield [name, v];
      else yield [name, values.join(', ')];
    }
  }

  * keys() {
    for (const [name] of this.entries()) yield name;
  }

  * values() {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'Headers';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const shown = {};
    for (const [name, value] of this.entries()) shown[name] = value;
    return `Headers ${inspect(shown, options)}`;
  }
}

// Headers made from a message's raw [name, value, ...] list, not to be changed (a response's).
function headersFromRaw(raw, guard = 'immutable') {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  headers[kGuard] = guard;
  return headers;
}

module.exports = { Headers, headersFromRaw, kList, kGuard };
