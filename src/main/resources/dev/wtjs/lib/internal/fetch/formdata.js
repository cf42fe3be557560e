'use strict';
// FormData: an ordered list of (name, string or File) entries; encoded as multipart/form-data for a body, and
// parsed back from multipart or urlencoded bodies by Body#formData().

const { Blob, isBlob } = require('internal/blob');
const { File, isFile } = require('internal/file');
const { customInspectSymbol } = require('internal/util');

const kEntries = Symbol('kEntries');

function needArgs(method, count, given) {
  if (given < count) {
    const shown = count === 1 ? '1 argument' : `${count} arguments`;
    throw new TypeError(`FormData.${method}: ${shown} required, but${given === 0 && count === 1 ? '' : ' only'} ${given} found.`);
  }
}

function entryValue(method, value, filename, given) {
  if (given > 2 && !isBlob(value)) {
    throw new TypeError(`FormData.${method}: Expected value ("${JSON.stringify(`${value}`)}") to be an instance of Blob.`);
  }
  if (!isBlob(value)) return `${value}`;
  if (isFile(value) && filename === undefined) return value;
  const name = filename !== undefined ? `${filename}` : 'blob';
  return new File([value], name, { type: value.type, lastModified: isFile(value) ? value.lastModified : undefined });
}

function entriesOf(self) {
  if (typeof self !== 'object' || self === null || self[kEntries] === undefined) {
    throw new TypeError('Illegal invocation');
  }
  return self[kEntries];
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError(`FormData constructor: Argument 1 could not be converted to: undefined.`);
    }
    Object.defineProperty(this, kEntries, { value: [], writable: true });
  }

  append(name, value, filename = undefined) {
    const entries = entriesOf(this);
    needArgs('append', 2, arguments.length);
    entries.push([`${name}`, entryValue('append', value, filename, arguments.length)]);
  }

  delete(name) {
    needArgs('delete', 1, arguments.length);
    this[kEntries] = entriesOf(this).filter(([n]) => n !== `${name}`);
  }

  get(name) {
    const entries = entriesOf(this);
    needArgs('get', 1, arguments.length);
    const found = entries.find(([n]) => n === `${name}`);
    return found === undefined ? null : found[1];
  }

  getAll(name) {
    const entries = entriesOf(this);
    needArgs('getAll', 1, arguments.length);
    return entries.filter(([n]) => n === `${name}`).map(([, v]) => v);
  }

  has(name) {
    const entries = entriesOf(this);
    needArgs('has', 1, arguments.length);
    return entries.some(([n]) => n === `${name}`);
  }

  set(name, value, filename = undefined) {
    const entries = entriesOf(this);
    needArgs('set', 2, arguments.length);
    const entry = [`${name}`, entryValue('set', value, filename, arguments.length)];
    const first = entries.findIndex(([n]) => n === entry[0]);
    if (first === -1) {
      entries.push(entry);
      return;
    }
    this[kEntries] = entries.filter(([n], i) => i === first || n !== entry[0]);
    this[kEntries][first] = entry;
  }

  *entries() {
    for (const [name, value] of entriesOf(this)) yield [name, value];
  }

  *keys() {
    for (const [name] of entriesOf(this)) yield name;
  }

  *values() {
    for (const [, value] of entriesOf(this)) yield value;
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of entriesOf(this)) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'FormData';
  }

  [customInspectSymbol](depth, opts) {
    if (depth < 0) return this;
    const shown = {};
    for (const [name, value] of entriesOf(this)) {
      if (!Object.hasOwn(shown, name)) shown[name] = value;
      else if (Array.isArray(shown[name])) shown[name].push(value);
      else shown[name] = [shown[name], value];
    }
    const { inspect } = require('internal/util/inspect');
    return `FormData ${inspect(shown, { ...opts, depth: opts.depth == null ? null : opts.depth - 1 })}`;
  }
}

// (FormData, boundary) -> Promise<Uint8Array> of the multipart/form-data body.
async function encodeMultipart(form, boundary) {
  const encoder = new TextEncoder();
  const escape = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"`;
    if (typeof value === 'string') {
      parts.push(encoder.encode(`${head}\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      head += `; filename="${escape(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      parts.push(encoder.encode(head), await value.bytes(), encoder.encode('\r\n'));
    }
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function newBoundary() {
  let digits = '';
  for (let i = 0; i < 11; i++) digits += Math.floor(Math.random() * 10);
  return `----formdata-undici-0${digits}`;
}

// Parses a body (Buffer) by its Content-Type into a FormData.
function parseFormData(bytes, contentType) {
  const type = (contentType ?? '').toLowerCase();
  const form = new FormData();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [name, value] of new URLSearchParams(bytes.toString('utf8'))) form.append(name, value);
    return form;
  }
  if (type.startsWith('multipart/form-data')) {
    const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    if (match === null) throw new TypeError('Failed to parse body as FormData.');
    const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
    let at = bytes.indexOf(boundary);
    while (at !== -1) {
      const start = at + boundary.length;
      if (bytes.subarray(start, start + 2).toString() === '--') break;
      const headEnd = bytes.indexOf('\r\n\r\n', start);
      const next = bytes.indexOf(boundary, headEnd);
      if (headEnd === -1 || next === -1) throw new TypeError('Failed to parse body as FormData.');
      const head = bytes.subarray(start + 2, headEnd).toString('utf8');
      const body = bytes.subarray(headEnd + 4, next - 2);
      const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
      const filename = /filename="([^"]*)"/i.exec(head)?.[1];
      if (filename === undefined) form.append(name, body.toString('utf8'));
      else {
        const partType = /content-type:\s*([^\r\n]*)/i.exec(head)?.[1] ?? '';
        form.append(name, new File([body], filename, { type: partType }));
      }
      at = next;
    }
    return form;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

function isFormData(value) {
  return typeof value === 'object' && value !== null && value[kEntries] !== undefined;
}

module.exports = { FormData, isFormData, encodeMultipart, newBoundary, parseFormData, Blob };
