'use strict';
// ReadableStream.prototype.pipeTo's algorithm: read from the source while the destination wants more, and carry
// closing, errors and aborts across as the Streams standard describes (preventClose/Abort/Cancel, signal).

const { codes } = require('internal/errors');
const { kState, handled } = require('internal/webstreams/shared');
const {
  ReadableStreamDefaultReader, streamCancel, releaseReader, defaultReaderRead,
} = require('internal/webstreams/readable');
const {
  WritableStreamDefaultWriter, streamAbort, closeQueuedOrInFlight, writerCloseWithErrorPropagation, writerWrite,
  writerRelease,
} = require('internal/webstreams/writable');

function pipeStreams(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const reader = new ReadableStreamDefaultReader(source);
  const writer = new WritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();

  return new Promise((resolve, reject) => {
    let abortListener;

    const finalize = (isError, error) => {
      writerRelease(writer);
      releaseReader(reader);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      if (isError) reject(error);
      else resolve(undefined);
    };

    // Waits for the writes already started, when the destination is still writable.
    const afterWrites = (then) => {
      if (dest[kState].state === 'writable' && !closeQueuedOrInFlight(dest)) {
        const wait = () => {
          const seen = currentWrite;
          seen.then(() => (seen === currentWrite ? then() : wait()), () => (seen === currentWrite ? then() : wait()));
        };
        wait();
      } else {
        then();
      }
    };

    const shutdownWithAction = (action, isError, error) => {
      if (shuttingDown) return;
      shuttingDown = true;
      afterWrites(() => {
        let p;
        try {
          p = Promise.resolve(action());
        } catch (e) {
          p = Promise.reject(e);
        }
        p.then(() => finalize(isError, error), (e) => finalize(true, e));
      });
    };

    const shutdown = (isError, error) => {
      if (shuttingDown) return;
      shuttingDown = true;
      afterWrites(() => finalize(isError, error));
    };

    if (signal !== undefined) {
      abortListener = () => {
        const error = signal.reason;
        const actions = [];
        if (!preventAbort) {
          actions.push(() => (dest[kState].state === 'writable' ? streamAbort(dest, error) : undefined));
        }
        if (!preventCancel) {
          actions.push(() => (source[kState].state === 'readable' ? streamCancel(source, error) : undefined));
        }
        shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
      };
      if (signal.aborted) {
        abortListener();
        return;
      }
      signal.addEventListener('abort', abortListener, { once: true });
    }

    // Errors going forward, errors coming back, closes each way.
    const onSourceErrored = (error) => {
      if (!preventAbort) shutdownWithAction(() => streamAbort(dest, error), true, error);
      else shutdown(true, error);
    };
    const onDestErrored = (error) => {
      if (!preventCancel) shutdownWithAction(() => streamCancel(source, error), true, error);
      else shutdown(true, error);
    };
    const onSourceClosed = () => {
      if (!preventClose) shutdownWithAction(() => writerCloseWithErrorPropagation(writer));
      else shutdown();
    };
    const onDestClosing = () => {
      const error = new codes.ERR_INVALID_STATE.TypeError('the destination writable stream closed before all the data could be piped to it.');
      if (!preventCancel) shutdownWithAction(() => streamCancel(source, error), true, error);
      else shutdown(true, error);
    };

    const check = () => {
      if (source[kState].state === 'errored') onSourceErrored(source[kState].storedError);
      else if (dest[kState].state === 'errored' || dest[kState].state === 'erroring') {
        onDestErrored(dest[kState].storedError);
      } else if (source[kState].state === 'closed') onSourceClosed();
      else if (closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') onDestClosing();
    };
    check();
    if (shuttingDown) return;
    reader[kState].closed.promise.then(() => onSourceClosed(), (e) => {
      if (source[kState].state === 'errored') onSourceErrored(e);
    });
    writer[kState].closed.promise.then(undefined, (e) => {
      if (dest[kState].state === 'errored' || dest[kState].state === 'erroring') onDestErrored(e);
    });

    const step = () => {
      if (shuttingDown) return;
      writer[kState].ready.promise.then(() => {
        if (shuttingDown) return;
        new Promise((resolve) => {
          defaultReaderRead(reader, { chunk: resolve, close: () => {}, error: () => {} });
        }).then((chunk) => {
          // (a chunk read before a shutdown began is still written: the shutdown waits for it)
          if (writer[kState].stream === undefined) return;
          currentWrite = handled(writerWrite(writer, chunk));
          step();
        });
      }, () => {});
    };
    step();
  });
}

module.exports = { pipeStreams };
