'use strict';
// The `querystring` module: application/x-www-form-urlencoded-ish parsing and formatting, with node's
// leniencies (bad escapes are kept, '+' is a space, duplicate keys gather into arrays).

const { Buffer } = require('buffer'); // for unescapeBuffer()
const { encodeStr, isHexTable } = require('internal/querystring');

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const KEEP = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") KEEP[ch.charCodeAt(0)] = 1;

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  return code - 87; // a-f
}

// Decodes %XX escapes to bytes; anything else is copied one code unit to one byte (its low 8 bits).
function unescapeBuffer(s, plusIsSpace) {
  const bytes = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 37 /* % */ && i + 2 < s.length && isHexTable[s.charCodeAt(i + 1)] === 1 &&
        isHexTable[s.charCodeAt(i + 2)] === 1) {
      bytes[n++] = hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2));
      i += 2;
    } else if (code === 43 /* + */ && plusIsSpace) {
      bytes[n++] = 32;
    } else {
      bytes[n++] = code & 0xFF;
    }
  }
  return n === bytes.length ? bytes : bytes.subarray(0, n);
}

function qsUnescape(text, plusIsSpace) {
  try {
    return decodeURIComponent(text); // strict first
  } catch {
    return querystring.unescapeBuffer(text, plusIsSpace).toString();
  }
}

function qsEscape(str) {
  let text = str;
  if (typeof text !== 'string') text = typeof text === 'object' ? String(text) : text + '';
  return encodeStr(text, KEEP);
}

// The text a value contributes to stringify(): '' for anything but strings, finite numbers, bigints and
// booleans.
function primitiveText(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function stringify(obj, separator, assign, options) {
  const sep = separator || '&';
  const eq = assign || '=';
  let encode = querystring.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = encode(primitiveText(key)) + eq;
    if (Array.isArray(value)) {
      for (const item of value) fields.push(prefix + encode(primitiveText(item)));
    } else {
      fields.push(prefix + encode(primitiveText(value)));
    }
  }
  return fields.join(sep);
}

function parse(text, separator, assign, options) {
  const result = { __proto__: null };
  if (typeof text !== 'string' || text === '') return result;
  const sep = separator ? String(separator) : '&';
  const eq = assign ? String(assign) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let decode = querystring.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  // A part without a valid %XX escape is kept as it is ('+' as a space) unless the caller gave a decoder.
  const custom = decode !== querystring.unescape;
  const decodePart = (raw) => {
    if (!custom && !/%[0-9a-fA-F]{2}/.test(raw)) return raw.replace(/\+/g, ' ');
    const text = raw.replace(/\+/g, '%20');
    try {
      return decode(text);
    } catch {
      return querystring.unescape(text, true);
    }
  };

  let pieces = text.split(sep);
  if (maxKeys > 0 && pieces.length > maxKeys) pieces = pieces.slice(0, maxKeys);
  for (const piece of pieces) {
    if (piece === '') continue;
    const at = piece.indexOf(eq);
    const rawKey = at === -1 ? piece : piece.slice(0, at);
    const rawValue = at === -1 ? '' : piece.slice(at + eq.length);
    const key = decodePart(rawKey);
    const value = decodePart(rawValue);
    const prior = result[key];
    if (prior === undefined) result[key] = value;
    else if (Array.isArray(prior)) prior.push(value);
    else result[key] = [prior, value];
  }
  return result;
}

const querystring = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
