'use strict';
// ChildProcess: an EventEmitter over one process the host started. Piped outputs are Readables fed by the host's
// reader threads (through the loop), stdin a Writable that writes to the process. Events as node emits them:
// 'spawn', then 'exit' (code, signal) once the process ends, then 'close' (code, signal) once its outputs have
// ended too; 'error' instead of all that when it cannot start.

const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const opts = require('internal/child_process/options');
const { attach, ENV_NAME } = require('internal/child_process/ipc');

const host = internalBinding('host');

class ChildProcess extends EventEmitter {
  #id = 0;
  #binding = null;
  #refd = false;
  #wantRef = true;
  #openOutputs = 0;
  #exited = false;
  #timer = null;
  #inherit = [false, false, false];
  #closeChannel = null;

  constructor() {
    super();
    this.pid = undefined;
    this.exitCode = null;
    this.signalCode = null;
    this.killed = false;
    this.connected = false;
    this.spawnfile = undefined;
    this.spawnargs = [];
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
  }

  // Starts the process described by a normalized spawn (internal/child_process/options).
  spawn(spec, modes, ipc = false) {
    const binding = opts.grantedBinding(spec.file);
    this.spawnfile = spec.file;
    this.spawnargs = spec.spawnargs;
    let channel = null;
    if (ipc) {
      const [channelId, socketPath] = binding.ipcListen();
      channel = channelId;
      spec.env = spec.env.filter((kv) => !kv.startsWith(`${ENV_NAME}=`) &&
                                         !kv.startsWith('NODE_CHANNEL_SERIALIZATION_MODE='));
      spec.env.push(`${ENV_NAME}=${socketPath}`, 'NODE_CHANNEL_SERIALIZATION_MODE=json');
    }
    // stdin 'inherit' is the JVM's own standard input; inherited outputs are piped and written to this agent's
    // process.stdout/stderr (which may be a worker's).
    const hostModes = [modes[0], ...modes.slice(1).map((m) => (m === 'inherit' ? 'pipe' : m))];
    const [id, pid, errnoName] = binding.spawn(spec.file, spec.args, spec.cwd, spec.env, hostModes,
                                              (kind, a, b) => this.#onEvent(kind, a, b));
    if (errnoName) {
      if (channel !== null) binding.ipcClose(channel);
      const err = opts.spawnError(errnoName, 'spawn', spec.file, spec.spawnargs);
      // as node: the piped streams exist, and are destroyed; exitCode is the negated errno
      if (modes[0] === 'pipe') this.stdin = new Writable({ write(chunk, encoding, cb) { cb(); } });
      if (modes[1] === 'pipe') this.stdout = this.#output();
      if (modes[2] === 'pipe') this.stderr = this.#output();
      this.stdio = [this.stdin, this.stdout, this.stderr];
      this.exitCode = err.errno;
      for (const stream of this.stdio) stream?.destroy();
      process.nextTick(() => {
        this.emit('error', err);
        this.emit('close', err.errno, null);
      });
      return err;
    }
    this.#id = id;
    this.#binding = binding;
    this.pid = pid;
    if (modes[0] === 'pipe') this.stdin = this.#input();
    for (const fd of [1, 2]) {
      if (modes[fd] === 'ignore') continue;
      this.#openOutputs++;
      if (modes[fd] === 'inherit') this.#inherit[fd] = true;
      else this[fd === 1 ? 'stdout' : 'stderr'] = this.#output();
    }
    this.stdio = [this.stdin, this.stdout, this.stderr];
    if (channel !== null) {
      let held = false;
      this.#closeChannel = attach(this, binding, channel, String(pid), (on) => {
        if (on === held) return;
        held = on;
        if (on) host.ref(); else host.unref();
      });
      held = true;
      host.ref();
    }
    this.#updateRef();
    process.nextTick(() => this.emit('spawn'));
    return null;
  }

  #input() {
    const binding = this.#binding;
    const id = this.#id;
    const stdin = new Writable({
      write(chunk, encoding, cb) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
        binding.write(id, bytes.toString('latin1'));
        cb();
      },
      final(cb) {
        binding.endInput(id);
        cb();
      },
      destroy(err, cb) {
        binding.endInput(id);
        cb(err);
      },
    });
    return stdin;
  }

  #output() {
    const stream = new Readable({ read() {} });
    return stream;
  }

  #onEvent(kind, a, b) {
    if (kind === 'data') {
      const chunk = Buffer.from(b, 'latin1');
      if (this.#inherit[a]) (a === 1 ? process.stdout : process.stderr).write(chunk);
      else this[a === 1 ? 'stdout' : 'stderr']?.push(chunk);
    } else if (kind === 'end') {
      const stream = this[a === 1 ? 'stdout' : 'stderr'];
      if (stream && !this.#inherit[a]) stream.once('close', () => this.#outputClosed()).push(null);
      else this.#outputClosed();
    } else if (kind === 'exit') {
      this.#exited = true;
      this.#clearTimer();
      this.exitCode = a;
      this.signalCode = b;
      if (this.stdin && !this.stdin.destroyed) this.stdin.destroy();
      // a channel the child never connected to (or that is still open) ends with it
      if (this.#closeChannel?.()) this.emit('disconnect');
      this.emit('exit', a, b);
      // as node: outputs nobody reads are drained, so that 'close' comes
      for (const stream of [this.stdout, this.stderr]) {
        if (stream && stream._readableState.flowing === null && stream.listenerCount('readable') === 0) {
          stream.resume();
        }
      }
      this.#maybeClose();
    }
  }

  #outputClosed() {
    this.#openOutputs--;
    this.#maybeClose();
  }

  #maybeClose() {
    this.#updateRef();
    if (!this.#exited || this.#openOutputs > 0) return;
    this.emit('close', this.exitCode, this.signalCode);
  }

  // The loop is held while the process runs (unless unref'd) and while one of its piped outputs is open: node's
  // pipes hold it even after unref(), until they end.
  #updateRef() {
    const on = this.#binding !== null && ((!this.#exited && this.#wantRef) || this.#openOutputs > 0);
    if (on === this.#refd) return;
    this.#refd = on;
    if (on) host.ref(); else host.unref();
  }

  // spawn's timeout option: the process gets killSignal when it runs longer.
  killAfter(ms, signal) {
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.kill(signal);
    }, ms);
  }

  #clearTimer() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  kill(signal = 'SIGTERM') {
    const name = signal === 0 ? 0 : opts.signalName(signal);
    if (this.#binding === null || this.#exited) return false;
    if (name === 0) return true; // signal 0 only asks whether the process is there
    const sent = this.#binding.kill(this.#id, name);
    if (sent) this.killed = true;
    return sent;
  }

  ref() {
    this.#wantRef = true;
    this.#updateRef();
  }

  unref() {
    this.#wantRef = false;
    this.#updateRef();
  }

  get [Symbol.toStringTag]() {
    return 'ChildProcess';
  }
}

module.exports = { ChildProcess };
