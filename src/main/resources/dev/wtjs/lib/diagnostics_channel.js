'use strict';
// node:diagnostics_channel: named channels that publishers post to and subscribers listen on; stores bound to a
// channel (AsyncLocalStorage) entered around runStores; tracing channels (start/end/asyncStart/asyncEnd/error).

const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const channels = new Map(); // name -> WeakRef<Channel>
const registry = new FinalizationRegistry((name) => {
  const ref = channels.get(name);
  if (ref !== undefined && ref.deref() === undefined) channels.delete(name);
});

// A subscriber that throws does not stop the others: its error is thrown on the next tick (uncaught).
function reportLater(error) {
  process.nextTick(() => {
    throw error;
  });
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    this._index = undefined;
  }

  get hasSubscribers() {
    return (this._subscribers?.length ?? 0) > 0 || (this._stores?.size ?? 0) > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...(this._subscribers ?? []), subscription];
  }

  unsubscribe(subscription) {
    const list = this._subscribers ?? [];
    const at = list.indexOf(subscription);
    if (at === -1) return false;
    this._subscribers = [...list.slice(0, at), ...list.slice(at + 1)];
    return true;
  }

  bindStore(store, transform = undefined) {
    this._stores ??= new Map();
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (this._stores === undefined || !this._stores.has(store)) return false;
    this._stores.delete(store);
    return true;
  }

  publish(data) {
    for (const subscriber of this._subscribers ?? []) {
      try {
        subscriber(data, this.name);
      } catch (e) {
        reportLater(e);
      }
    }
  }

  runStores(data, fn, thisArg = undefined, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores ?? []) {
      const inner = run;
      let value = data;
      if (transform !== undefined) {
        try {
          value = transform(data);
        } catch (e) {
          reportLater(e);
          continue;
        }
      }
      run = () => store.run(value, inner);
    }
    return run();
  }
}

function checkName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new codes.ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
}

function channel(name) {
  checkName(name);
  const existing = channels.get(name)?.deref();
  if (existing !== undefined) return existing;
  const made = new Channel(name);
  channels.set(name, new WeakRef(made));
  registry.register(made, name);
  return made;
}

function hasSubscribers(name) {
  checkName(name);
  return channels.get(name)?.deref()?.hasSubscribers ?? false;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of traceEvents) {
      let ch;
      if (typeof nameOrChannels === 'string') ch = channel(`tracing:${nameOrChannels}:${event}`);
      else {
        ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) {
          throw new codes.ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', ch);
        }
      }
      Object.defineProperty(this, event, { value: ch, enumerable: false, configurable: true, writable: true });
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) if (handlers[event]) this[event].subscribe(handlers[event]);
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  // Runs body inside the start channel's stores, publishing 'start' first, 'error' if body throws and 'end'
  // after it in any case. The three trace methods differ only in their body.
  #traced(context, body) {
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        return body();
      } catch (e) {
        context.error = e;
        error.publish(context);
        throw e;
      } finally {
        end.publish(context);
      }
    });
  }

  traceSync(fn, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return this.#traced(context, () => {
      const result = Reflect.apply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const settled = () => {
      asyncStart.publish(context);
      asyncEnd.publish(context);
    };
    const onValue = (result) => {
      context.result = result;
      settled();
      return result;
    };
    const onReason = (e) => {
      context.error = e;
      error.publish(context);
      settled();
      return Promise.reject(e);
    };
    return this.#traced(context, () => Promise.resolve(Reflect.apply(fn, thisArg, args)).then(onValue, onReason));
  }

  traceCallback(fn, position = -1, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const at = position < 0 ? args.length + position : position;
    const callback = args[at];
    validateFunction(callback, 'callback');
    const { asyncStart, asyncEnd, error } = this;
    args[at] = function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    };
    return this.#traced(context, () => Reflect.apply(fn, thisArg, args));
  }
}

function tracingChannel(nameOrChannels) {
  if (typeof nameOrChannels !== 'string' && (nameOrChannels === null || typeof nameOrChannels !== 'object')) {
    throw new codes.ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'TracingChannel', 'Object'], nameOrChannels);
  }
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
