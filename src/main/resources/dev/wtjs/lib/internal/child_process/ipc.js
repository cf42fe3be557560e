'use strict';
// The IPC channel of fork(): send(), 'message', connected, disconnect() and 'disconnect', on the parent's
// ChildProcess and on the forked child's process object. Messages are JSON texts, one per line (node's 'json'
// serialization); the host carries them over a Unix domain socket (IpcChannel.java) whose path the child finds in
// its environment.

const { codes } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

const ENV_NAME = 'WTJS_IPC_SOCKET';
const host = internalBinding('host');

// Gives `target` (a ChildProcess, or the child's process) the channel `id` of `binding`. `hold(on)` is told when
// the channel wants the loop kept alive.
function attach(target, binding, id, threadName, hold) {
  let connected = true;
  target.connected = true;

  const closeChannel = () => {
    if (!connected) return false;
    connected = false;
    target.connected = false;
    binding.ipcClose(id);
    hold(false);
    return true;
  };

  binding.ipcStart(id, threadName, (kind, text) => {
    if (kind === 'message') {
      if (!connected) return;
      let message;
      try {
        message = JSON.parse(text);
      } catch {
        return;
      }
      if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
          message.cmd.startsWith('NODE_')) {
        target.emit('internalMessage', message);
        return;
      }
      target.emit('message', message, undefined);
    } else if (kind === 'close') {
      if (closeChannel()) target.emit('disconnect');
    }
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (message === undefined) throw new codes.ERR_MISSING_ARGS('message');
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (!connected) {
      const err = new codes.ERR_IPC_CHANNEL_CLOSED();
      if (callback) process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    const text = JSON.stringify(message);
    binding.ipcSend(id, text === undefined ? 'null' : text);
    if (callback) process.nextTick(callback, null);
    return true;
  };

  target.disconnect = function disconnect() {
    if (!connected) {
      target.emit('error', new codes.ERR_IPC_DISCONNECTED());
      return;
    }
    closeChannel();
    process.nextTick(() => target.emit('disconnect'));
  };

  target.channel = {
    ref: () => hold(connected),
    unref: () => hold(false),
  };
  return closeChannel;
}

// The forked child's side: when its parent gave it a channel, process.send and the rest exist. The channel holds
// the loop only while the process listens for 'message' or 'disconnect', as in node.
function setupChildChannel() {
  const path = host.getEnv(ENV_NAME);
  if (!path) return;
  const binding = host.childProcesses();
  if (!binding.allowed()) return;
  delete process.env[ENV_NAME];
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  const id = binding.ipcConnect(path);
  if (id === 0) return;
  let held = false;
  const hold = (on) => {
    if (on === held) return;
    held = on;
    if (on) host.ref(); else host.unref();
  };
  const listening = () => process.listenerCount('message') + process.listenerCount('disconnect') > 0;
  attach(process, binding, id, 'child', hold);
  process.on('newListener', (name) => {
    if ((name === 'message' || name === 'disconnect') && process.connected) hold(true);
  });
  process.on('removeListener', (name) => {
    if ((name === 'message' || name === 'disconnect') && !listening()) hold(false);
  });
  process.channel.ref = () => hold(process.connected);
}

module.exports = { ENV_NAME, attach, setupChildChannel };
