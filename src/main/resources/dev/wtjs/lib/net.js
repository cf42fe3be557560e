'use strict';
// net: TCP servers and sockets over the host's NIO sockets (internal/net). IPC paths (Unix sockets) are not
// supported.

const { Socket, normalizeConnectArgs } = require('internal/net/socket');
const { Server } = require('internal/net/server');
const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const [options] = normalizeConnectArgs(args);
  const socket = new Socket(options);
  return socket.connect(...args);
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  Server,
  Socket,
  Stream: Socket,
  createServer,
  connect,
  createConnection: connect,
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily: () => autoSelectFamily,
  setDefaultAutoSelectFamily: (value) => { autoSelectFamily = Boolean(value); },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout: (value) => { autoSelectFamilyAttemptTimeout = value; },
};
