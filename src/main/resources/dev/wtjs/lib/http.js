'use strict';
// http: an HTTP/1.1 server and client over net (internal/http: our own parser and serializer).

const { STATUS_CODES, METHODS } = require('internal/http/common');
const { IncomingMessage } = require('internal/http/incoming');
const { OutgoingMessage, checkName, checkValue } = require('internal/http/outgoing');
const { Server, ServerResponse, createServer } = require('internal/http/server');
const { ClientRequest, request, get } = require('internal/http/client');
const agent = require('internal/http/agent');

module.exports = {
  METHODS: METHODS.slice(),
  STATUS_CODES,
  Agent: agent.Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  request,
  get,
  validateHeaderName: checkName,
  validateHeaderValue: checkValue,
  maxHeaderSize: 16384,
  setMaxIdleHTTPParsers() {},
};
Object.defineProperty(module.exports, 'globalAgent', {
  enumerable: true,
  configurable: true,
  get: () => agent.globalAgent,
  set: (value) => { agent.globalAgent = value; },
});
