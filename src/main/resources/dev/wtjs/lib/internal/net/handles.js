'use strict';
// The bridge to the host's TCP sockets (NetBinding): one event handler for all of this agent's sockets and
// servers, which routes each event to the object that owns the handle id; and the loop reference each open
// handle holds (as a libuv handle does) until it is closed or unref'd.

const host = internalBinding('host');
const owners = new Map();
let net;

function binding() {
  if (net === undefined) {
    net = host.net();
    net.setHandler(dispatch);
  }
  return net;
}

function dispatch(kind, id, ...details) {
  const owner = owners.get(id);
  if (owner === undefined) return; // closed meanwhile
  try {
    owner[kNetEvent](kind, ...details);
  } catch (err) {
    require('internal/process/execution').triggerUncaughtException(err);
  }
}

const kNetEvent = Symbol('kNetEvent');

function own(id, owner) {
  owners.set(id, owner);
}

function disown(id) {
  owners.delete(id);
}

// A loop reference that can be dropped (unref) and taken again (ref) while the handle is open.
class LoopHold {
  #held = false;
  #wanted = true;
  #open = false;

  open() {
    this.#open = true;
    this.#update();
  }

  close() {
    this.#open = false;
    this.#update();
  }

  ref() {
    this.#wanted = true;
    this.#update();
  }

  unref() {
    this.#wanted = false;
    this.#update();
  }

  get wanted() {
    return this.#wanted;
  }

  #update() {
    const on = this.#open && this.#wanted;
    if (on === this.#held) return;
    this.#held = on;
    if (on) host.ref(); else host.unref();
  }
}

// node's refusal when the embedder did not grant the network (the permission model's error).
function accessDenied(resource) {
  const { codes: { ERR_ACCESS_DENIED } } = require('internal/errors');
  return new ERR_ACCESS_DENIED('Access to this API has been restricted. Use --allow-net to manage permissions.',
                               'Net', resource);
}

// The (negative) libuv errno of an error name the host reported (EIO when unknown).
function uvErrno(code) {
  return internalBinding('uv')[`UV_${code}`] ?? internalBinding('uv').UV_EIO;
}

module.exports = { binding, own, disown, kNetEvent, LoopHold, accessDenied, uvErrno };
