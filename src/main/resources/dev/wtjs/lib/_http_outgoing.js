'use strict';
// node:_http_outgoing: http's OutgoingMessage and header checks (an old internal name some libraries require).
const http = require('http');
module.exports = {
  validateHeaderName: http.validateHeaderName,
  validateHeaderValue: http.validateHeaderValue,
  OutgoingMessage: http.OutgoingMessage,
};
