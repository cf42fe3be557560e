'use strict';
// The WHATWG URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser) in plain JS, with the state
// overrides used by the URL setters. It works on URL records ({ scheme, username, password, host, port,
// path, opaque, query, fragment }); internal/url.js builds the URL class on them. Matches node 24 (ada).
//
// Known gap: IDNA. Hosts are mapped with NFKC + lowercasing + Punycode, not the full UTS #46 mapping table and
// validity checks (bidi / joiner rules, disallowed code points). ASCII hosts are exact.

const { ArrayFrom, ArrayPrototypeJoin, ArrayPrototypePop, ArrayPrototypePush, ArrayPrototypeSlice, MathFloor,
  NumberParseInt, RegExpPrototypeExec, SafeSet, String, StringFromCharCode, StringFromCodePoint,
  StringPrototypeCharCodeAt, StringPrototypeCodePointAt, StringPrototypeIncludes, StringPrototypeNormalize,
  StringPrototypeReplace, StringPrototypeSlice, StringPrototypeSplit, StringPrototypeStartsWith,
  StringPrototypeToLowerCase, StringPrototypeToUpperCase, StringPrototypeToWellFormed } = primordials;

const DEFAULT_PORT = { __proto__: null, http: 80, https: 443, ws: 80, wss: 443, ftp: 21 };
function isSpecialScheme(s) {
  return s === 'http' || s === 'https' || s === 'ws' || s === 'wss' || s === 'ftp' || s === 'file';
}
function defaultPort(s) {
  const p = DEFAULT_PORT[s];
  return p === undefined ? null : p;
}

// ------------------------------------------------------------------------------------------- percent-encoding
// Each set is a predicate on a code point.
const inC0Control = (c) => c < 0x20 || c > 0x7E;
const inFragment = (c) => inC0Control(c) || c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E || c === 0x60;
const inQuery = (c) => inC0Control(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C || c === 0x3E;
const inSpecialQuery = (c) => inQuery(c) || c === 0x27;
const inPath = (c) => inQuery(c) || c === 0x3F || c === 0x5E || c === 0x60 || c === 0x7B || c === 0x7D;
const inUserinfo = (c) => inPath(c) || c === 0x2F || c === 0x3A || c === 0x3B || c === 0x3D || c === 0x40 ||
  (c >= 0x5B && c <= 0x5E) || c === 0x7C;

const hexTable = [];
for (let i = 0; i < 256; i++)
  hexTable[i] = '%' + StringPrototypeToUpperCase((i < 16 ? '0' : '') + i.toString(16));

function utf8Bytes(cp) {
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xC0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

// Percent-encodes one code point (given as a one-code-point string) after UTF-8 encoding it.
function encodeCodePoint(ch, inSet) {
  const cp = StringPrototypeCodePointAt(ch, 0);
  if (!inSet(cp)) return ch;
  const bytes = utf8Bytes(cp);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += hexTable[bytes[i]];
  return out;
}

function encodeString(s, inSet) {
  let out = '';
  for (const ch of s) out += encodeCodePoint(ch, inSet);
  return out;
}

function isHexDigit(c) {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

// Percent-decodes a string into bytes (the string is first UTF-8 encoded).
function percentDecodeToBytes(s) {
  const bytes = [];
  for (const ch of s) {
    const b = utf8Bytes(StringPrototypeCodePointAt(ch, 0));
    for (let i = 0; i < b.length; i++) ArrayPrototypePush(bytes, b[i]);
  }
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])) {
      ArrayPrototypePush(out, NumberParseInt(StringFromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      ArrayPrototypePush(out, b);
    }
  }
  return out;
}

// UTF-8 decode without BOM, replacing invalid sequences with U+FFFD (WHATWG Encoding semantics).
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { out += StringFromCharCode(b); i++; continue; }
    let need, cp, lower = 0x80, upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0xF;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x7;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    } else { out += '\uFFFD'; i++; continue; }
    i++;
    let ok = true;
    for (let k = 0; k < need; k++) {
      const c = bytes[i];
      if (i >= n || c < lower || c > upper) { ok = false; break; }
      lower = 0x80; upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
      i++;
    }
    out += ok ? StringFromCodePoint(cp) : '\uFFFD';
  }
  return out;
}

// ------------------------------------------------------------------------------------------------- punycode
const PC_BASE = 36, PC_TMIN = 1, PC_TMAX = 26, PC_SKEW = 38, PC_DAMP = 700, PC_INITIAL_BIAS = 72, PC_INITIAL_N = 128;
function pcAdapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? MathFloor(delta / PC_DAMP) : delta >> 1;
  delta += MathFloor(delta / numPoints);
  for (; delta > ((PC_BASE - PC_TMIN) * PC_TMAX) >> 1; k += PC_BASE) delta = MathFloor(delta / (PC_BASE - PC_TMIN));
  return MathFloor(k + (PC_BASE - PC_TMIN + 1) * delta / (delta + PC_SKEW));
}
function pcDigit(d) { return d + 22 + 75 * (d < 26); }
function punycodeEncode(input) {
  const cps = [];
  for (const ch of input) ArrayPrototypePush(cps, StringPrototypeCodePointAt(ch, 0));
  let out = '';
  for (let i = 0; i < cps.length; i++) if (cps[i] < 0x80) out += StringFromCharCode(cps[i]);
  const basic = out.length;
  let h = basic;
  if (basic) out += '-';
  let n = PC_INITIAL_N, delta = 0, bias = PC_INITIAL_BIAS;
  while (h < cps.length) {
    let m = 0x7FFFFFFF;
    for (let i = 0; i < cps.length; i++) if (cps[i] >= n && cps[i] < m) m = cps[i];
    delta += (m - n) * (h + 1);
    n = m;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = PC_BASE; ; k += PC_BASE) {
          const t = k <= bias ? PC_TMIN : (k >= bias + PC_TMAX ? PC_TMAX : k - bias);
          if (q < t) break;
          out += StringFromCharCode(pcDigit(t + (q - t) % (PC_BASE - t)));
          q = MathFloor((q - t) / (PC_BASE - t));
        }
        out += StringFromCharCode(pcDigit(q));
        bias = pcAdapt(delta, h + 1, h === basic);
        delta = 0;
        h++;
      }
    }
    delta++; n++;
  }
  return out;
}
// Returns the decoded string, or null when the input is not valid Punycode.
function punycodeDecode(input) {
  const out = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = StringPrototypeCharCodeAt(input, j);
    if (c >= 0x80) return null;
    ArrayPrototypePush(out, c);
  }
  let n = PC_INITIAL_N, bias = PC_INITIAL_BIAS, i = 0;
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
    const oldi = i;
    for (let w = 1, k = PC_BASE; ; k += PC_BASE) {
      if (idx >= input.length) return null;
      const c = StringPrototypeCharCodeAt(input, idx++);
      const digit = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : PC_BASE;
      if (digit >= PC_BASE) return null;
      i += digit * w;
      const t = k <= bias ? PC_TMIN : (k >= bias + PC_TMAX ? PC_TMAX : k - bias);
      if (digit < t) break;
      w *= PC_BASE - t;
      if (w > 0x7FFFFFFF) return null;
    }
    const len = out.length + 1;
    bias = pcAdapt(i - oldi, len, oldi === 0);
    n += MathFloor(i / len);
    i %= len;
    if (n > 0x10FFFF) return null;
    out.splice(i++, 0, n);
  }
  let s = '';
  for (let j = 0; j < out.length; j++) s += StringFromCodePoint(out[j]);
  return s;
}

// Code points UTS #46 disallows, approximated by general category: controls, format characters (bidi
// controls...) other than the joiners, separators, unassigned, private use, lone surrogates; and the
// replacement characters (U+FFFC, U+FFFD: what a host's invalid percent-encoded UTF-8 decodes to).
const DISALLOWED = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Z}\p{Cn}\p{Co}\p{Cs}\uFFFC\uFFFD]/u;

// UTS #46 ToASCII, approximated (see the header comment). Returns null on failure.
function domainToASCIIInternal(domain) {
  let ascii = true;
  for (let i = 0; i < domain.length; i++) {
    if (StringPrototypeCharCodeAt(domain, i) >= 0x80) { ascii = false; break; }
  }
  if (!ascii) {
    // Deviation-free mapping approximation: remove ignored code points, NFKC-casefold.
    domain = StringPrototypeReplace(domain, /[\u00AD\u200B\u2060\uFEFF\u034F\u180B-\u180D\uFE00-\uFE0F]/g, '');
    domain = StringPrototypeNormalize(StringPrototypeToLowerCase(StringPrototypeNormalize(domain, 'NFKC')), 'NFC');
    domain = StringPrototypeReplace(domain, /[\u3002\uFF0E\uFF61]/g, '.');
  } else {
    domain = StringPrototypeToLowerCase(domain);
  }
  const labels = StringPrototypeSplit(domain, '.');
  for (let i = 0; i < labels.length; i++) {
    let label = labels[i];
    if (StringPrototypeStartsWith(label, 'xn--')) {
      // Node 24 (ada) lets ASCII 'xn--' labels through as they are, and refuses any other.
      for (let j = 4; j < label.length; j++) if (StringPrototypeCharCodeAt(label, j) >= 0x80) return null;
      continue;
    }
    let nonAscii = false;
    for (let j = 0; j < label.length; j++) {
      if (StringPrototypeCharCodeAt(label, j) >= 0x80) { nonAscii = true; break; }
    }
    if (nonAscii) {
      if (RegExpPrototypeExec(DISALLOWED, label) !== null) return null;
      label = 'xn--' + punycodeEncode(label);
      labels[i] = label;
    }
  }
  const out = ArrayPrototypeJoin(labels, '.');
  if (out === '') return null;
  return out;
}

function domainToUnicodeInternal(domain) {
  const labels = StringPrototypeSplit(domain, '.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (StringPrototypeStartsWith(StringPrototypeToLowerCase(label), 'xn--')) {
      const decoded = punycodeDecode(StringPrototypeSlice(label, 4));
      if (decoded && RegExpPrototypeExec(DISALLOWED, decoded) === null) labels[i] = decoded;
    }
  }
  return ArrayPrototypeJoin(labels, '.');
}

// ---------------------------------------------------------------------------------------------------- hosts
const FAILURE = null;

function isForbiddenHostCodePoint(c) {
  return c === 0x00 || c === 0x09 || c === 0x0A || c === 0x0D || c === 0x20 || c === 0x23 || c === 0x2F ||
    c === 0x3A || c === 0x3C || c === 0x3E || c === 0x3F || c === 0x40 || c === 0x5B || c === 0x5C ||
    c === 0x5D || c === 0x5E || c === 0x7C;
}
function isForbiddenDomainCodePoint(c) {
  return isForbiddenHostCodePoint(c) || c <= 0x1F || c === 0x25 || c === 0x7F;
}

function parseIPv4Number(s) {
  if (s === '') return FAILURE;
  let R = 10;
  if (s.length >= 2 && (StringPrototypeStartsWith(s, '0x') || StringPrototypeStartsWith(s, '0X'))) {
    s = StringPrototypeSlice(s, 2); R = 16;
  } else if (s.length >= 2 && s[0] === '0') {
    s = StringPrototypeSlice(s, 1); R = 8;
  }
  if (s === '') return 0;
  const re = R === 10 ? /^[0-9]+$/ : R === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (RegExpPrototypeExec(re, s) === null) return FAILURE;
  // Precision is irrelevant past 2^32: such values fail anyway.
  return NumberParseInt(s, R);
}

function endsInANumber(s) {
  const parts = StringPrototypeSplit(s, '.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    ArrayPrototypePop(parts);
  }
  const last = parts[parts.length - 1];
  if (last !== '' && RegExpPrototypeExec(/^[0-9]+$/, last) !== null) return true;
  return parseIPv4Number(last) !== FAILURE;
}

// Returns the serialized IPv4 address or FAILURE.
function parseIPv4(s) {
  const parts = StringPrototypeSplit(s, '.');
  if (parts[parts.length - 1] === '' && parts.length > 1) ArrayPrototypePop(parts);
  if (parts.length > 4) return FAILURE;
  const numbers = [];
  for (let i = 0; i < parts.length; i++) {
    const n = parseIPv4Number(parts[i]);
    if (n === FAILURE) return FAILURE;
    ArrayPrototypePush(numbers, n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return FAILURE;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out[3 - i] = String(ipv4 % 256);
    ipv4 = MathFloor(ipv4 / 256);
  }
  return ArrayPrototypeJoin(out, '.');
}

// Returns the serialized IPv6 address (with brackets) or FAILURE. `s` excludes the brackets.
function parseIPv6(s) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const cc = (i) => (i < s.length ? StringPrototypeCharCodeAt(s, i) : -1);
  if (cc(p) === 0x3A) {
    if (cc(p + 1) !== 0x3A) return FAILURE;
    p += 2;
    compress = ++pieceIndex;
  }
  while (cc(p) !== -1) {
    if (pieceIndex === 8) return FAILURE;
    if (cc(p) === 0x3A) {
      if (compress !== null) return FAILURE;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0, length = 0;
    while (length < 4 && isHexDigit(cc(p))) {
      value = value * 0x10 + NumberParseInt(s[p], 16);
      p++; length++;
    }
    if (cc(p) === 0x2E) {
      if (length === 0) return FAILURE;
      p -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (cc(p) !== -1) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (cc(p) === 0x2E && numbersSeen < 4) p++;
          else return FAILURE;
        }
        if (!(cc(p) >= 0x30 && cc(p) <= 0x39)) return FAILURE;
        while (cc(p) >= 0x30 && cc(p) <= 0x39) {
          const number = cc(p) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return FAILURE;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return FAILURE;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (cc(p) === 0x3A) {
      p++;
      if (cc(p) === -1) return FAILURE;
    } else if (cc(p) !== -1) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--; swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  // Serialize: compress the first longest run of two or more zero pieces.
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '[';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out + ']';
}

function parseOpaqueHost(s) {
  for (let i = 0; i < s.length; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c !== 0x25 && isForbiddenHostCodePoint(c)) return FAILURE;
  }
  return encodeString(s, inC0Control);
}

// Returns the serialized host or FAILURE.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return FAILURE;
    return parseIPv6(StringPrototypeSlice(input, 1, -1));
  }
  if (isOpaque) return parseOpaqueHost(input);
  const domain = utf8Decode(percentDecodeToBytes(input));
  const asciiDomain = domainToASCIIInternal(domain);
  if (asciiDomain === null) return FAILURE;
  for (let i = 0; i < asciiDomain.length; i++) {
    if (isForbiddenDomainCodePoint(StringPrototypeCharCodeAt(asciiDomain, i))) return FAILURE;
  }
  if (endsInANumber(asciiDomain)) return parseIPv4(asciiDomain);
  return asciiDomain;
}

// ------------------------------------------------------------------------------------------------- the parser
const SCHEME_START = 1, SCHEME = 2, NO_SCHEME = 3, SPECIAL_RELATIVE_OR_AUTHORITY = 4, PATH_OR_AUTHORITY = 5,
  RELATIVE = 6, RELATIVE_SLASH = 7, SPECIAL_AUTHORITY_SLASHES = 8, SPECIAL_AUTHORITY_IGNORE_SLASHES = 9,
  AUTHORITY = 10, HOST = 11, HOSTNAME = 12, PORT = 13, FILE = 14, FILE_SLASH = 15, FILE_HOST = 16,
  PATH_START = 17, PATH = 18, OPAQUE_PATH = 19, QUERY = 20, FRAGMENT = 21;

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], opaque: false,
           query: null, fragment: null };
}

const isAlpha = (c) => c !== undefined && c.length === 1 &&
  ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isDigit = (c) => c !== undefined && c.length === 1 && c >= '0' && c <= '9';
function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}
function startsWithWindowsDriveLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isAlpha(cps[p]) || (cps[p + 1] !== ':' && cps[p + 1] !== '|')) return false;
  if (cps.length - p === 2) return true;
  const c = cps[p + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}
function isSingleDot(s) {
  return s === '.' || StringPrototypeToLowerCase(s) === '%2e';
}
function isDoubleDot(s) {
  switch (StringPrototypeToLowerCase(s)) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}
function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  ArrayPrototypePop(path);
}
function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

const RE_TRIM = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const RE_TAB_NL = /[\t\n\r]/g;

// Returns the URL record (possibly the `url` passed in, modified) or FAILURE.
function basicParse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = newRecord();
    input = StringPrototypeReplace(input, RE_TRIM, '');
  }
  input = StringPrototypeReplace(input, RE_TAB_NL, '');
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  const cps = ArrayFrom(input);
  const len = cps.length;

  for (let pointer = 0; pointer <= len; pointer++) {
    const c = cps[pointer]; // undefined is the EOF code point
    const special = isSpecialScheme(url.scheme);
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += StringPrototypeToLowerCase(c);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case SCHEME:
        if (isAlpha(c) || isDigit(c) || c === '+' || c === '-' || c === '.') {
          buffer += StringPrototypeToLowerCase(c);
        } else if (c === ':') {
          if (stateOverride) {
            if (special !== isSpecialScheme(buffer)) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (isSpecialScheme(url.scheme) && base != null && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[pointer + 1] === '/') {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            url.opaque = true;
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return FAILURE;
        }
        break;

      case NO_SCHEME:
        if (base == null) return FAILURE;
        if (base.opaque && c !== '#') {
          return FAILURE;
        } else if (base.opaque && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.opaque = true;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && cps[pointer + 1] === '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === '/') {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        if (c === '/') {
          state = RELATIVE_SLASH;
        } else if (isSpecialScheme(url.scheme) && c === '\\') {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = ArrayPrototypeSlice(base.path);
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            pointer--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c === '/' || c === '\\')) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === '/' && cps[pointer + 1] === '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = AUTHORITY;
          pointer--;
        }
        break;

      case AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          for (const bc of buffer) {
            if (bc === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const enc = encodeCodePoint(bc, inUserinfo);
            if (passwordTokenSeen) url.password += enc;
            else url.username += enc;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          pointer -= ArrayFrom(buffer).length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += c;
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\')) {
          pointer--;
          if (special && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;

      case PORT:
        if (isDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\') ||
                   stateOverride) {
          if (buffer !== '') {
            const port = NumberParseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = PATH_START;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = FILE_SLASH;
        } else if (base != null && base.scheme === 'file') {
          url.host = base.host;
          url.path = ArrayPrototypeSlice(base.path);
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(url);
            else url.path = [];
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = FILE_HOST;
        } else {
          if (base != null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, pointer) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              ArrayPrototypePush(url.path, base.path[0]);
            }
          }
          state = PATH;
          pointer--;
        }
        break;

      case FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === FAILURE) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += c;
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== '/' && c !== '\\') pointer--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== undefined) {
          state = PATH;
          if (c !== '/') pointer--;
        } else if (stateOverride && url.host === null) {
          ArrayPrototypePush(url.path, '');
        }
        break;

      case PATH:
        if (c === undefined || c === '/' || (special && c === '\\') ||
            (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (special && c === '\\');
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) ArrayPrototypePush(url.path, '');
          } else if (isSingleDot(buffer) && !slash) {
            ArrayPrototypePush(url.path, '');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
              buffer = buffer[0] + ':';
            }
            ArrayPrototypePush(url.path, buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = QUERY;
          }
          if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += encodeCodePoint(c, inPath);
        }
        break;

      case OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c === ' ') {
          // A space just before the query or fragment is escaped, so that it survives their removal.
          const next = cps[pointer + 1];
          url.path += next === '?' || next === '#' ? '%20' : ' ';
        } else if (c !== undefined) {
          url.path += encodeCodePoint(c, inC0Control);
        }
        break;

      case QUERY:
        if ((!stateOverride && c === '#') || c === undefined) {
          url.query += encodeString(buffer, special ? inSpecialQuery : inQuery);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += c;
        }
        break;

      case FRAGMENT:
        if (c !== undefined) url.fragment += encodeCodePoint(c, inFragment);
        break;
    }
  }
  return url;
}

// --------------------------------------------------------------------------------------------- serializing
// The href of a URL record.
function serialize(url) {
  let href = url.scheme + ':';
  if (url.host !== null) {
    href += '//';
    if (includesCredentials(url)) href += url.username + (url.password !== '' ? ':' + url.password : '') + '@';
    href += url.host;
    if (url.port !== null) href += ':' + url.port;
  } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
    href += '/.';
  }
  href += url.opaque ? url.path : pathnameOfList(url.path);
  if (url.query !== null) href += '?' + url.query;
  if (url.fragment !== null) href += '#' + url.fragment;
  return href;
}

function pathnameOfList(path) {
  let out = '';
  for (let i = 0; i < path.length; i++) out += '/' + path[i];
  return out;
}

// -------------------------------------------------------------------------------------------- binding API
let ERR_INVALID_URL;
function throwInvalidURL(input, base) {
  ERR_INVALID_URL ??= require('internal/errors').codes.ERR_INVALID_URL;
  throw new ERR_INVALID_URL(input, base);
}

function parseWithBase(input, base) {
  let baseRecord = null;
  if (base !== undefined) { // a base that fails to parse fails the whole
    baseRecord = basicParse(StringPrototypeToWellFormed(base), null);
    if (baseRecord === FAILURE) return FAILURE;
  }
  return basicParse(StringPrototypeToWellFormed(input), baseRecord);
}

function canParse(input, base) {
  return parseWithBase(`${input}`, base === undefined ? undefined : `${base}`) !== FAILURE;
}

function cannotHaveUsernamePasswordPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

// Applies one URL setter to a copy of the URL `href`. Returns the resulting record, or null when the
// setter leaves the URL as it was. A setter that fails part-way keeps what it had already set (host =
// 'h:99999' sets the host), as the standard's state overrides do.
function withPart(href, part, value) {
  const url = basicParse(href, null);
  if (url === FAILURE) return null;
  value = StringPrototypeToWellFormed(`${value}`); // setters take USVStrings
  let result;
  switch (part) {
    case 'href':
      return basicParse(value, null);
    case 'protocol':
      result = basicParse(value + ':', null, url, SCHEME_START);
      break;
    case 'username':
    case 'password':
      if (cannotHaveUsernamePasswordPort(url)) return null;
      url[part] = encodeString(value, inUserinfo);
      return url;
    case 'host':
    case 'hostname':
      if (url.opaque) return null;
      result = basicParse(value, null, url, part === 'host' ? HOST : HOSTNAME);
      break;
    case 'port':
      if (cannotHaveUsernamePasswordPort(url)) return null;
      if (value === '') {
        url.port = null;
        return url;
      }
      result = basicParse(value, null, url, PORT);
      break;
    case 'pathname':
      if (url.opaque) return null;
      url.path = [];
      result = basicParse(value, null, url, PATH_START);
      break;
    case 'search':
    case 'hash': {
      const key = part === 'search' ? 'query' : 'fragment';
      if (value === '') {
        url[key] = null;
        return url;
      }
      url[key] = '';
      const lead = part === 'search' ? '?' : '#';
      result = basicParse(value[0] === lead ? StringPrototypeSlice(value, 1) : value, null, url,
                          part === 'search' ? QUERY : FRAGMENT);
      break;
    }
    default:
      return null;
  }
  return result === FAILURE ? url : result;
}

// The parsed record for input against an optional base (both strings), or null.
function parseRecord(input, base) {
  return parseWithBase(input, base);
}

// The serialized origin of a URL record: 'null' for opaque origins.
function originOfRecord(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(url.opaque ? url.path : ArrayPrototypeJoin(url.path, '/'), null);
      if (inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https')) return originOf(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return originOf(url);
    default:
      return 'null';
  }
}
function originOf(url) {
  return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
}

function domainToASCII(input) {
  if (input === '') return '';
  const url = basicParse('ws://x', null);
  const result = basicParse(StringPrototypeToWellFormed(`${input}`), null, url, HOSTNAME);
  if (result === FAILURE) return '';
  return result.host;
}

function domainToUnicode(input) {
  if (input === '') return '';
  const url = basicParse('ws://x', null);
  const result = basicParse(StringPrototypeToWellFormed(`${input}`), null, url, HOSTNAME);
  if (result === FAILURE) return '';
  return domainToUnicodeInternal(result.host);
}

// url.format(URL, options) support: serializes href without the parts not asked for.
function format(href, hash, unicode, search, auth) {
  const url = basicParse(`${href}`, null);
  if (url === FAILURE) return href;
  if (!hash) url.fragment = null;
  if (unicode && url.host !== null) url.host = domainToUnicodeInternal(url.host);
  if (!search) url.query = null;
  if (!auth) {
    url.username = '';
    url.password = '';
  }
  return serialize(url);
}

// IDNA ToASCII of a whole domain (node's encoding_binding.toASCII, used by the legacy url.parse): '' on failure.
function toASCII(input) {
  const out = domainToASCIIInternal(`${input}`);
  return out === null ? '' : out;
}

module.exports = {
  parseRecord,
  serialize,
  withPart,
  originOfRecord,
  canParse,
  format,
  toASCII,
  domainToASCII,
  domainToUnicode,
  percentDecodeToBytes,
  utf8Decode,
};
