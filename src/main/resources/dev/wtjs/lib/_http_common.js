'use strict';
// node:_http_common: the token and header-character checks and the method list http uses (an old internal
// name some libraries still require).

const TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const INVALID_HEADER_CHAR = /[^\t\x20-\x7e\x80-\xff]/;

// The methods in the order of llhttp's method table (http.METHODS is the same names sorted).
const llhttpOrder = ['DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL',
  'MOVE', 'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL', 'REPORT', 'MKACTIVITY',
  'CHECKOUT', 'MERGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE', 'MKCALENDAR', 'LINK',
  'UNLINK', 'SOURCE', 'QUERY'];

module.exports = {
  _checkInvalidHeaderChar: (value) => INVALID_HEADER_CHAR.test(value),
  _checkIsHttpToken: (value) => TOKEN.test(value),
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  methods: llhttpOrder,
};
