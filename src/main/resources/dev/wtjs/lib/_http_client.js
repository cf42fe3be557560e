'use strict';
// node:_http_client: http's ClientRequest (an old internal name some libraries still require).
module.exports = { ClientRequest: require('http').ClientRequest };
