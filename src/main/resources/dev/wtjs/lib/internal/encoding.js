'use strict';
// TextEncoder and TextDecoder (the WHATWG Encoding Standard's API) over the byte codecs of
// internalBinding('encoding_binding').

const {
  ERR_ENCODING_NOT_SUPPORTED,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
} = require('internal/errors').codes;
const { customInspectSymbol } = require('internal/util');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const { validateString } = require('internal/validators');
const codec = internalBinding('encoding_binding');
const inspect = (value, options) => require('internal/util/inspect').inspect(value, options);

// The Encoding Standard's labels: each line is an encoding's name, then every label that names it
// (indented lines continue the line above).
const LABELS = `
big5: big5 big5-hkscs cn-big5 csbig5 x-x-big5
euc-jp: cseucpkdfmtjapanese euc-jp x-euc-jp
euc-kr: cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601
    windows-949
gb18030: gb18030
gbk: chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk
ibm866: 866 cp866 csibm866 ibm866
iso-2022-jp: csiso2022jp iso-2022-jp
iso-8859-10: csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6
iso-8859-13: iso-8859-13 iso8859-13 iso885913
iso-8859-14: iso-8859-14 iso8859-14 iso885914
iso-8859-15: csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9
iso-8859-16: iso-8859-16
iso-8859-2: csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2
iso-8859-3: csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3
iso-8859-4: csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4
iso-8859-5: csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988
iso-8859-6: arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e
    iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987
iso-8859-7: csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7
    iso_8859-7:1987 sun_eu_greek
iso-8859-8: csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598
    iso_8859-8 iso_8859-8:1988 visual
iso-8859-8-i: csiso88598i iso-8859-8-i logical
koi8-r: cskoi8r koi koi8 koi8-r koi8_r
koi8-u: koi8-ru koi8-u
macintosh: csmacintosh mac macintosh x-mac-roman
replacement: csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement
shift_jis: csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis
utf-16be: unicodefffe utf-16be
utf-16le: csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le
utf-8: unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8
windows-1250: cp1250 windows-1250 x-cp1250
windows-1251: cp1251 windows-1251 x-cp1251
windows-1252: ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591
    iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252
windows-1253: cp1253 windows-1253 x-cp1253
windows-1254: cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5
    windows-1254 x-cp1254
windows-1255: cp1255 windows-1255 x-cp1255
windows-1256: cp1256 windows-1256 x-cp1256
windows-1257: cp1257 windows-1257 x-cp1257
windows-1258: cp1258 windows-1258 x-cp1258
windows-874: dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874
x-mac-cyrillic: x-mac-cyrillic x-mac-ukrainian
x-user-defined: x-user-defined
`;

const encodingByLabel = new Map();
{
  let name;
  for (const line of LABELS.split('\n')) {
    if (line.trim() === '') continue;
    let words = line;
    if (!line.startsWith(' ')) {
      const colon = line.indexOf(':');
      name = line.slice(0, colon);
      words = line.slice(colon + 1);
    }
    for (const label of words.trim().split(/ +/)) encodingByLabel.set(label, name);
  }
}

// The encodings TextDecoder can decode here; the others the table names are "not supported".
const decodable = new Set(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'x-user-defined']);

// Trims only the ASCII whitespace the standard names (tab, LF, FF, CR, space).
function trimLabel(label) {
  return label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
}

function getEncodingFromLabel(label) {
  return encodingByLabel.get(trimLabel(`${label}`).toLowerCase());
}

function checkOptions(options) {
  if (options != null && typeof options !== 'object' && typeof options !== 'function')
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  return options ?? {};
}

const FLUSH = 0x1;
const FATAL = 0x2;
const IGNORE_BOM = 0x4;

// The bytes of an ArrayBuffer, SharedArrayBuffer or view, or a type error naming `input`.
function bytesOf(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

// util.inspect shows a decoder as an object of its class with the three public fields.
const DecoderView = { TextDecoder: function() {} }.TextDecoder;
const ConverterView = { Converter: function() {} }.Converter;

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #converter = null;
  // True between a decode() with { stream: true } and the decode() that flushes.
  #streaming = false;

  constructor(encoding = 'utf-8', options = undefined) {
    const label = `${encoding}`;
    options = checkOptions(options);
    const name = getEncodingFromLabel(label);
    if (name === 'replacement') throw new ERR_ENCODING_NOT_SUPPORTED(name);
    if (name === undefined || !decodable.has(name)) throw new ERR_ENCODING_NOT_SUPPORTED(label);
    this.#encoding = name;
    this.#fatal = Boolean(options.fatal);
    this.#ignoreBOM = Boolean(options.ignoreBOM);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) throw new ERR_INVALID_THIS('TextDecoder');
    return self;
  }

  decode(input = undefined, options = undefined) {
    TextDecoder.#check(this);
    const stream = Boolean(checkOptions(options).stream);
    const flags = (stream ? 0 : FLUSH) | (this.#fatal ? FATAL : 0) | (this.#ignoreBOM ? IGNORE_BOM : 0);
    const name = this.#encoding;
    if (input === undefined) input = new Uint8Array(0);
    else if (name !== 'utf-16le' && name !== 'utf-16be' && (name !== 'utf-8' || stream || this.#streaming)) {
      // UTF-16 leaves the input's check to the codec, and so does a one-shot UTF-8 decode.
      input = bytesOf(input);
    }
    if (!stream && !this.#streaming) {
      if (name === 'utf-8') return codec.decodeUTF8(input, this.#ignoreBOM, this.#fatal);
      if (name === 'windows-1252') return codec.decodeLatin1(input);
    }
    this.#converter ??= codec.getConverter(name, flags);
    this.#streaming = stream;
    return codec.decode(this.#converter, input, flags);
  }

  get encoding() { return TextDecoder.#check(this).#encoding; }
  get fatal() { return TextDecoder.#check(this).#fatal; }
  get ignoreBOM() { return TextDecoder.#check(this).#ignoreBOM; }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return options.stylize('[TextDecoder]', 'special');
    const view = Object.create(DecoderView.prototype);
    view.encoding = this.#encoding;
    view.fatal = this.#fatal;
    view.ignoreBOM = this.#ignoreBOM;
    if (options.showHidden) {
      // As node shows them: the option bits, and the ICU converter it holds for UTF-16 (opaque).
      view[Symbol('flags')] = (this.#fatal ? FATAL : 0) | (this.#ignoreBOM ? IGNORE_BOM : 0);
      view[Symbol('handle')] = this.#encoding.startsWith('utf-16') ? new ConverterView() : undefined;
    }
    return inspect(view, options);
  }
}

class TextEncoder {
  #brand = true;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) throw new ERR_INVALID_THIS('TextEncoder');
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return codec.encodeUtf8String(`${input}`);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    validateString(src, 'src');
    if (!isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    codec.encodeInto(src, dest);
    const [read, written] = codec.encodeIntoResults;
    return { read, written };
  }

  [customInspectSymbol](depth, options) {
    return inspect({ encoding: 'utf-8' }, options);
  }
}

// As WebIDL members: enumerable accessors and methods, and a toStringTag.
for (const [Class, keys] of [[TextDecoder, ['encoding', 'fatal', 'ignoreBOM', 'decode']],
  [TextEncoder, ['encoding', 'encode', 'encodeInto']]]) {
  for (const key of keys) Object.defineProperty(Class.prototype, key, { enumerable: true });
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: Class.name, configurable: true });
}

module.exports = {
  getEncodingFromLabel,
  TextDecoder,
  TextEncoder,
};
