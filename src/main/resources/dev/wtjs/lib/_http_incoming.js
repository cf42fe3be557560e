'use strict';
// node:_http_incoming: http's IncomingMessage (an old internal name some libraries still require).
module.exports = { IncomingMessage: require('http').IncomingMessage };
