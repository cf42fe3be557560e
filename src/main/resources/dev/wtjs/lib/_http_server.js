'use strict';
// node:_http_server: http's Server, ServerResponse and status texts (an old internal name some libraries
// require).
const http = require('http');
module.exports = { STATUS_CODES: http.STATUS_CODES, Server: http.Server, ServerResponse: http.ServerResponse };
