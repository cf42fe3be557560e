'use strict';
// internal/errors: every node error code this runtime can raise, kept as data (code -> base class and message),
// plus the few builders that give an error node's shape: a `code` own property, `Name [CODE]: message` from
// toString() and at the head of the stack, and the system-error objects fs, os and net hand out.

const kIsNodeError = Symbol('kIsNodeError');
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const captureStack = typeof Error.captureStackTrace === 'function' ? Error.captureStackTrace : null;

let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));

// ---- stack heads --------------------------------------------------------------------------------------------
// V8 lets node print `TypeError [ERR_X]: msg` at the top of a node error's stack; other engines write
// `TypeError: msg`. The head is rewritten once the stack exists.
function restampStack(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const head = `${err.name} [${err.code}]: ${err.message}`;
  if (stack.startsWith(head)) return;
  const firstFrame = stack.indexOf('\n    at ');
  Object.defineProperty(err, 'stack', {
    value: firstFrame === -1 ? head : head + stack.slice(firstFrame),
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

function recapture(err, below) {
  if (captureStack !== null) captureStack(err, below);
  if (err !== null && typeof err === 'object' && err[kIsNodeError] === true) restampStack(err);
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return 'writable' in desc ? desc.writable : desc.set !== undefined;
}

// Wraps a validator so that an error it throws starts its stack at the wrapper's caller.
function hideStackFrames(validator) {
  function hidden(...args) {
    try {
      return Reflect.apply(validator, this, args);
    } catch (err) {
      if (Error.stackTraceLimit && err !== null && typeof err === 'object') recapture(err, hidden);
      throw err;
    }
  }
  hidden.withoutStackTrace = validator;
  return hidden;
}

// ---- message helpers ----------------------------------------------------------------------------------------
const NODE_BUG = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
  'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';

function internalAssertionFailure(text) {
  return new codes.ERR_INTERNAL_ASSERTION(text);
}

function placeholderCount(template) {
  let n = 0;
  for (let i = template.indexOf('%'); i !== -1; i = template.indexOf('%', i + 1)) {
    if ('dfijoOs'.includes(template[i + 1])) n++;
  }
  return n;
}

function fillTemplate(template, args) {
  if (args.every((a) => typeof a === 'string') && !/%[^s]/.test(template)) {
    let i = 0;
    return template.replace(/%s/g, () => args[i++]);
  }
  return lazyInspect().format(template, ...args);
}

function getMessage(code, args, self) {
  const message = messageOf(code);
  const needed = typeof message === 'function' ? message.length : placeholderCount(message);
  const ok = typeof message === 'function' ? args.length >= needed : args.length === needed;
  if (!ok) {
    throw internalAssertionFailure(`Code: ${code}; The provided arguments length (${args.length}) ` +
      `does not match the required ones (${needed}).`);
  }
  if (typeof message === 'function') return Reflect.apply(message, self, args);
  return needed === 0 ? message : fillTemplate(message, args);
}

function formatList(items, conjunction = 'and') {
  const list = Array.from(items);
  if (list.length <= 2) return list.join(` ${conjunction} `);
  return `${list.slice(0, -1).join(', ')}, ${conjunction} ${list.at(-1)}`;
}

function addNumericalSeparator(digits) {
  const sign = digits[0] === '-' ? '-' : '';
  let rest = sign ? digits.slice(1) : digits;
  const groups = [];
  while (rest.length > 3) {
    groups.unshift(rest.slice(-3));
    rest = rest.slice(0, -3);
  }
  groups.unshift(rest);
  return sign + groups.join('_');
}

function clip(text, max, keep) {
  return text.length > max ? `${text.slice(0, keep)}...` : text;
}

// How node names an unexpected value at the end of a message ("Received ...").
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const kind = typeof value;
  if (kind === 'function') return `function ${value.name}`;
  if (kind === 'object') {
    const ctorName = value.constructor?.name;
    if (typeof ctorName === 'string' && ctorName !== '') return `an instance of ${ctorName}`;
    return lazyInspect().inspect(value, { depth: -1 });
  }
  const shortened = kind === 'string' ? clip(value, 28, 25) : value;
  return `type ${kind} (${lazyInspect().inspect(shortened, { colors: false })})`;
}

// The primitive type names an argument may be expected to have ('Object' and 'Function' count as types).
const TYPE_NAMES = new Set(['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint',
  'symbol']);
const CLASS_NAME = /^[A-Z][a-zA-Z0-9]*$/;

function describeExpected(expected) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const classes = [];
  const others = [];
  for (const entry of list) {
    if (typeof entry !== 'string') throw internalAssertionFailure('All expected entries have to be of type string');
    if (TYPE_NAMES.has(entry)) types.push(entry.toLowerCase());
    else if (CLASS_NAME.test(entry)) classes.push(entry);
    else if (entry === 'object') types.push('object');
    else others.push(entry);
  }
  // With classes in the list, a plain "object" reads better as "an instance of ... Object".
  if (classes.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    classes.push('Object');
  }
  const parts = [];
  if (types.length > 0) parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`);
  if (classes.length > 0) parts.push(`an instance of ${formatList(classes, 'or')}`);
  if (others.length > 1) parts.push(`one of ${formatList(others, 'or')}`);
  else if (others.length === 1) parts.push(others[0] === others[0].toLowerCase() ? others[0] : `an ${others[0]}`);
  return parts.join(' or ');
}

function invalidArgType(name, expected, actual) {
  if (typeof name !== 'string') throw internalAssertionFailure("'name' must be a string");
  let subject;
  if (name.endsWith(' argument')) subject = `The ${name}`;
  else subject = `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return `${subject} must be ${describeExpected(expected)}. Received ${determineSpecificType(actual)}`;
}

function invalidArgValue(name, value, reason = 'is invalid') {
  const shown = clip(lazyInspect().inspect(value), 128, 128);
  return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${shown}`;
}

function outOfRange(name, range, received, rawName = false) {
  const head = rawName ? name : `The value of "${name}" is out of range.`;
  let shown;
  if (Number.isInteger(received) && Math.abs(received) > 2 ** 32) {
    shown = addNumericalSeparator(String(received));
  } else if (typeof received === 'bigint') {
    shown = String(received);
    if (received > 2n ** 32n || received < -(2n ** 32n)) shown = addNumericalSeparator(shown);
    shown += 'n';
  } else {
    shown = lazyInspect().inspect(received);
  }
  return `${head} It must be ${range}. Received ${shown}`;
}

function missingArgs(...names) {
  if (names.length === 0) throw internalAssertionFailure('At least one arg needs to be specified');
  const quote = (n) => `"${n}"`;
  const shown = names.map((n) => (Array.isArray(n) ? n.map(quote).join(' or ') : quote(n)));
  const verb = shown.length > 1 ? 'arguments' : 'argument';
  return `The ${formatList(shown)} ${verb} must be specified`;
}

function keepProps(target, props) {
  for (const [key, value] of Object.entries(props)) target[key] = value;
}

// Puts props on the error being built and gives back its message text.
function withProps(target, props, text) {
  keepProps(target, props);
  return text;
}

// ---- messages that are fixed text, or text with %s (%d, %j) slots filled in order ----------------------------
const errorMessages = {
  ERR_ASSERTION: '%s',
  ERR_ASYNC_LOADER_REQUEST_NEVER_SETTLED: 'Async loader request never settled',
  ERR_CANNOT_WATCH_SIGINT: 'Cannot watch for SIGINT signals',
  ERR_CHILD_CLOSED_BEFORE_REPLY: 'Child closed before reply received',
  ERR_CHILD_PROCESS_IPC_REQUIRED: 'Forked processes must have an IPC channel, missing value \'ipc\' in %s',
  ERR_CONTEXT_NOT_INITIALIZED: 'context used is not initialized',
  ERR_CRYPTO_ARGON2_NOT_SUPPORTED: 'Argon2 algorithm not supported',
  ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED: 'Custom engines not supported by this OpenSSL',
  ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY: 'Public key is not valid for specified curve',
  ERR_CRYPTO_ENGINE_UNKNOWN: 'Engine "%s" was not found',
  ERR_CRYPTO_FIPS_FORCED: 'Cannot set FIPS mode, it was forced with --force-fips at startup.',
  ERR_CRYPTO_FIPS_UNAVAILABLE: 'Cannot set FIPS mode in a non-FIPS build.',
  ERR_CRYPTO_HASH_FINALIZED: 'Digest already called',
  ERR_CRYPTO_HASH_UPDATE_FAILED: 'Hash update failed',
  ERR_CRYPTO_INCOMPATIBLE_KEY: 'Incompatible %s: %s',
  ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS: 'The selected key encoding %s %s.',
  ERR_CRYPTO_INVALID_STATE: 'Invalid state for operation %s',
  ERR_CRYPTO_KEM_NOT_SUPPORTED: 'KEM is not supported',
  ERR_CRYPTO_MAC_FINALIZED: 'MAC already finalized',
  ERR_CRYPTO_MAC_NOT_SUPPORTED: 'MAC is not supported',
  ERR_CRYPTO_MAC_UPDATE_FAILED: 'MAC update failed',
  ERR_CRYPTO_PBKDF2_ERROR: 'PBKDF2 error',
  ERR_CRYPTO_SCRYPT_NOT_SUPPORTED: 'Scrypt algorithm not supported',
  ERR_CRYPTO_SIGN_KEY_REQUIRED: 'No key provided to sign',
  ERR_DEBUGGER_ERROR: '%s',
  ERR_DIR_CLOSED: 'Directory handle was closed',
  ERR_DIR_CONCURRENT_OPERATION: 'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
  ERR_DNS_SET_SERVERS_FAILED: 'c-ares failed to set servers: "%s" [%s]',
  ERR_DOMAIN_CALLBACK_NOT_AVAILABLE: 'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module',
  ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE: 'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()',
  ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION: 'Deserialize main function is already configured.',
  ERR_EVAL_ESM_CANNOT_PRINT: '--print cannot be used with ESM input',
  ERR_EVENT_RECURSION: 'The event "%s" is already being dispatched',
  ERR_FS_WATCH_QUEUE_OVERFLOW: 'fs.watch() queued more than %d events',
  ERR_HTTP2_CONNECT_AUTHORITY: ':authority header is required for CONNECT requests',
  ERR_HTTP2_CONNECT_PATH: 'The :path header is forbidden for CONNECT requests',
  ERR_HTTP2_CONNECT_SCHEME: 'The :scheme header is forbidden for CONNECT requests',
  ERR_HTTP2_GOAWAY_SESSION: 'New streams cannot be created after receiving a GOAWAY',
  ERR_HTTP2_HEADERS_AFTER_RESPOND: 'Cannot specify additional headers after response initiated',
  ERR_HTTP2_HEADERS_SENT: 'Response has already been initiated.',
  ERR_HTTP2_INVALID_SESSION: 'The session has been destroyed',
  ERR_HTTP2_INVALID_STREAM: 'The stream has been destroyed',
  ERR_HTTP2_MAX_PENDING_SETTINGS_ACK: 'Maximum number of pending settings acknowledgements',
  ERR_HTTP2_NESTED_PUSH: 'A push stream cannot initiate another push stream.',
  ERR_HTTP2_NO_MEM: 'Out of memory',
  ERR_HTTP2_NO_SOCKET_MANIPULATION: 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)',
  ERR_HTTP2_OUT_OF_STREAMS: 'No stream ID is available because maximum stream ID has been reached',
  ERR_HTTP2_PAYLOAD_FORBIDDEN: 'Responses with %s status must not have a payload',
  ERR_HTTP2_PING_CANCEL: 'HTTP2 ping cancelled',
  ERR_HTTP2_PUSH_DISABLED: 'HTTP/2 client has disabled push streams',
  ERR_HTTP2_SEND_FILE: 'Directories cannot be sent',
  ERR_HTTP2_SEND_FILE_NOSEEK: 'Offset or length can only be specified for regular files',
  ERR_HTTP2_SESSION_ERROR: 'Session closed with error code %s',
  ERR_HTTP2_SETTINGS_CANCEL: 'HTTP2 session settings canceled',
  ERR_HTTP2_SOCKET_BOUND: 'The socket is already bound to an Http2Session',
  ERR_HTTP2_SOCKET_UNBOUND: 'The socket has been disconnected from the Http2Session',
  ERR_HTTP2_STATUS_101: 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2',
  ERR_HTTP2_STREAM_ERROR: 'Stream closed with error code %s',
  ERR_HTTP2_STREAM_SELF_DEPENDENCY: 'A stream cannot depend on itself',
  ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS: 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS',
  ERR_HTTP2_TOO_MANY_INVALID_FRAMES: 'Too many invalid HTTP/2 frames',
  ERR_HTTP2_TOO_MANY_ORIGINS: 'The server sent more ORIGIN frames than the allowed number of %s',
  ERR_HTTP2_TRAILERS_ALREADY_SENT: 'Trailing headers have already been sent',
  ERR_HTTP2_TRAILERS_NOT_READY: 'Trailing headers cannot be sent until after the wantTrailers event is emitted',
  ERR_HTTP2_UNSUPPORTED_PROTOCOL: 'protocol "%s" is unsupported.',
  ERR_HTTP_BODY_NOT_ALLOWED: 'Adding content for this request method or response status is not allowed.',
  ERR_HTTP_CONTENT_LENGTH_MISMATCH: 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header',
  ERR_HTTP_HEADERS_SENT: 'Cannot %s headers after they are sent to the client',
  ERR_HTTP_REQUEST_TIMEOUT: 'Request timeout',
  ERR_HTTP_SOCKET_ASSIGNED: 'ServerResponse has an already assigned socket',
  ERR_HTTP_SOCKET_ENCODING: 'Changing the socket encoding is not allowed per RFC7230 Section 3.',
  ERR_HTTP_TRAILER_INVALID: 'Trailers are invalid with this transfer encoding',
  ERR_INPUT_TYPE_NOT_ALLOWED: '--input-type can only be used with string input via --eval, --print, or STDIN',
  ERR_INSPECTOR_ALREADY_ACTIVATED: 'Inspector is already activated. Close it with inspector.close() before activating it again.',
  ERR_INSPECTOR_ALREADY_CONNECTED: '%s is already connected',
  ERR_INSPECTOR_CLOSED: 'Session was closed',
  ERR_INSPECTOR_COMMAND: 'Inspector error %d: %s',
  ERR_INSPECTOR_NOT_ACTIVE: 'Inspector is not active',
  ERR_INSPECTOR_NOT_AVAILABLE: 'Inspector is not available',
  ERR_INSPECTOR_NOT_CONNECTED: 'Session is not connected',
  ERR_INSPECTOR_NOT_WORKER: 'Current thread is not a worker',
  ERR_INVALID_STATE: 'Invalid state: %s',
  ERR_IPC_CHANNEL_CLOSED: 'Channel closed',
  ERR_IPC_DISCONNECTED: 'IPC channel is already disconnected',
  ERR_IPC_ONE_PIPE: 'Child process can have only one IPC pipe',
  ERR_IPC_SYNC_FORK: 'IPC cannot be used with synchronous forks',
  ERR_LOADER_CHAIN_INCOMPLETE: '"%s" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.',
  ERR_METHOD_NOT_IMPLEMENTED: 'The %s method is not implemented',
  ERR_MULTIPLE_CALLBACK: 'Callback called multiple times',
  ERR_NOT_BUILDING_SNAPSHOT: 'Operation cannot be invoked when not building startup snapshot',
  ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION: 'Operation cannot be invoked when not in a single-executable application',
  ERR_NOT_SUPPORTED_IN_SNAPSHOT: '%s is not supported in startup snapshot',
  ERR_NO_CRYPTO: 'Node.js is not compiled with OpenSSL crypto support',
  ERR_NO_TYPESCRIPT: 'Node.js is not compiled with TypeScript support',
  ERR_OPERATION_FAILED: 'Operation failed: %s',
  ERR_PROXY_INVALID_CONFIG: '%s',
  ERR_PROXY_TUNNEL: '%s',
  ERR_QUIC_CONNECTION_FAILED: 'QUIC connection failed',
  ERR_QUIC_ENDPOINT_CLOSED: 'QUIC endpoint closed: %s (%d)',
  ERR_QUIC_OPEN_STREAM_FAILED: 'Failed to open QUIC stream',
  ERR_QUIC_STREAM_ABORTED: '%s',
  ERR_QUIC_STREAM_RESET: 'The QUIC stream was reset by the peer with error code %d',
  ERR_QUIC_VERSION_NEGOTIATION_ERROR: 'The QUIC session requires version negotiation',
  ERR_REQUIRE_CYCLE_MODULE: '%s',
  ERR_SCRIPT_EXECUTION_INTERRUPTED: 'Script execution was interrupted by `SIGINT`',
  ERR_SERVER_ALREADY_LISTEN: 'Listen method has been called more than once without closing.',
  ERR_SERVER_NOT_RUNNING: 'Server is not running.',
  ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND: 'Cannot find asset %s for the single executable application',
  ERR_SOCKET_ALREADY_BOUND: 'Socket is already bound',
  ERR_SOCKET_CLOSED: 'Socket is closed',
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION: 'Socket closed before the connection was established',
  ERR_SOCKET_CONNECTION_TIMEOUT: 'Socket connection timeout',
  ERR_SOCKET_DGRAM_IS_CONNECTED: 'Already connected',
  ERR_SOCKET_DGRAM_NOT_CONNECTED: 'Not connected',
  ERR_SOCKET_DGRAM_NOT_RUNNING: 'Not running',
  ERR_SOCKET_HANDLE_ADOPTED: 'The bound socket has already been adopted by a server or socket',
  ERR_SOURCE_MAP_CORRUPT: 'The source map for \'%s\' does not exist or is corrupt.',
  ERR_SOURCE_MAP_MISSING_SOURCE: 'Cannot find \'%s\' imported from the source map for \'%s\'',
  ERR_STREAM_ALREADY_FINISHED: 'Cannot call %s after a stream was finished',
  ERR_STREAM_CANNOT_PIPE: 'Cannot pipe, not readable',
  ERR_STREAM_DESTROYED: 'Cannot call %s after a stream was destroyed',
  ERR_STREAM_PREMATURE_CLOSE: 'Premature close',
  ERR_STREAM_PUSH_AFTER_EOF: 'stream.push() after EOF',
  ERR_STREAM_UNABLE_TO_PIPE: 'Cannot pipe to a closed or destroyed stream',
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: 'stream.unshift() after end event',
  ERR_STREAM_WRAP: 'Stream has StringDecoder set or is in objectMode',
  ERR_STREAM_WRITE_AFTER_END: 'write after end',
  ERR_SYNTHETIC: 'JavaScript Callstack',
  ERR_THROTTLED: 'The call was dropped by the throttled function',
  ERR_TLS_DH_PARAM_SIZE: 'DH parameter size %s is less than 2048',
  ERR_TLS_HANDSHAKE_TIMEOUT: 'TLS handshake timeout',
  ERR_TLS_INVALID_STATE: 'TLS socket connection must be securely established',
  ERR_TLS_RENEGOTIATION_DISABLED: 'TLS session renegotiation disabled for this socket',
  ERR_TLS_RENEGOTIATION_UNSUPPORTED: 'TLS session renegotiation is unsupported by this TLS implementation',
  ERR_TLS_REQUIRED_SERVER_NAME: '"servername" is required parameter for Server.addContext',
  ERR_TLS_SESSION_ATTACK: 'TLS session renegotiation attack detected',
  ERR_TLS_SNI_FROM_SERVER: 'Cannot issue SNI from a TLS server-side socket',
  ERR_TRACE_EVENTS_UNAVAILABLE: 'Trace events are unavailable',
  ERR_UNAVAILABLE_DURING_EXIT: 'Cannot call function in process exit handler',
  ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET: '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active',
  ERR_UNKNOWN_BUILTIN_MODULE: 'No such built-in module: %s',
  ERR_UNKNOWN_CREDENTIAL: '%s identifier does not exist: %s',
  ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING: 'Stripping types is currently unsupported for files under node_modules, for "%s"',
  ERR_USE_AFTER_CLOSE: '%s was closed',
  ERR_VALID_PERFORMANCE_ENTRY_TYPE: 'At least one valid performance entry type is required',
  ERR_VM_MODULE_ALREADY_LINKED: 'Module has already been linked',
  ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA: 'Cached data cannot be created for a module which has been evaluated',
  ERR_VM_MODULE_DIFFERENT_CONTEXT: 'Linked modules must use the same context',
  ERR_VM_MODULE_NOT_MODULE: 'Provided module is not an instance of Module',
  ERR_VM_MODULE_STATUS: 'Module status %s',
  ERR_WASI_ALREADY_STARTED: 'WASI instance has already started',
  ERR_WEBASSEMBLY_NOT_SUPPORTED: 'WebAssembly is not supported in this environment, but is required for %s',
  ERR_WORKER_HANDLE_NOT_TRANSFERABLE: '%s cannot be transferred in its current state; it must be a freshly created or accepted handle that has not started reading and has no pending writes',
  ERR_WORKER_INIT_FAILED: 'Worker initialization failure: %s',
  ERR_WORKER_MESSAGING_ERRORED: 'The destination thread threw an error while processing the message',
  ERR_WORKER_MESSAGING_FAILED: 'Cannot find the destination thread or listener',
  ERR_WORKER_MESSAGING_SAME_THREAD: 'Cannot sent a message to the same thread',
  ERR_WORKER_MESSAGING_TIMEOUT: 'Sending a message to another thread timed out',
  ERR_WORKER_NOT_RUNNING: 'Worker instance not running',
  ERR_WORKER_OUT_OF_MEMORY: 'Worker terminated due to reaching memory limit: %s',
  ERR_WORKER_UNSERIALIZABLE_ERROR: 'Serializing an uncaught exception failed',
};

const typeErrorMessages = {
  ERR_AMBIGUOUS_ARGUMENT: 'The "%s" argument is ambiguous. %s',
  ERR_ARG_NOT_ITERABLE: '%s must be iterable',
  ERR_ASYNC_CALLBACK: '%s must be a function',
  ERR_ASYNC_TYPE: 'Invalid name for async "type": %s',
  ERR_CONSOLE_WRITABLE_STREAM: 'Console expects a writable stream instance for %s',
  ERR_CONSTRUCT_CALL_REQUIRED: 'Class constructor %s cannot be invoked without `new`',
  ERR_CRYPTO_ECDH_INVALID_FORMAT: 'Invalid ECDH format: %s',
  ERR_CRYPTO_INVALID_DIGEST: 'Invalid digest: %s',
  ERR_CRYPTO_INVALID_JWK: 'Invalid JWK data',
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE: 'Invalid key object type %s, expected %s.',
  ERR_CRYPTO_INVALID_MAC: 'Invalid MAC: %s',
  ERR_FEATURE_UNAVAILABLE_ON_PLATFORM: 'The feature %s is unavailable on the current platform, which is being used to run Node.js',
  ERR_HTTP2_ALTSVC_INVALID_ORIGIN: 'HTTP/2 ALTSVC frames require a valid origin',
  ERR_HTTP2_ALTSVC_LENGTH: 'HTTP/2 ALTSVC frames are limited to 16382 bytes',
  ERR_HTTP2_HEADER_SINGLE_VALUE: 'Header field "%s" must only have a single value',
  ERR_HTTP2_INVALID_CONNECTION_HEADERS: 'HTTP/1 Connection specific headers are forbidden: "%s"',
  ERR_HTTP2_INVALID_HEADER_VALUE: 'Invalid value "%s" for header "%s"',
  ERR_HTTP2_INVALID_ORIGIN: 'HTTP/2 ORIGIN frames require a valid origin',
  ERR_HTTP2_INVALID_PSEUDOHEADER: '"%s" is an invalid pseudoheader or is used incorrectly',
  ERR_HTTP2_ORIGIN_LENGTH: 'HTTP/2 ORIGIN frames are limited to 16382 bytes',
  ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED: 'Cannot set HTTP/2 pseudo-headers',
  ERR_HTTP_INVALID_HEADER_VALUE: 'Invalid value "%s" for header "%s"',
  ERR_ILLEGAL_CONSTRUCTOR: 'Illegal constructor',
  ERR_IMPORT_ATTRIBUTE_MISSING: 'Module "%s" needs an import attribute of "%s: %s"',
  ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE: 'Module "%s" is not of type "%s"',
  ERR_INCOMPATIBLE_OPTION_PAIR: 'Option "%s" cannot be used in combination with option "%s"',
  ERR_INVALID_CURSOR_POS: 'Cannot set cursor row without setting its column',
  ERR_INVALID_FD_TYPE: 'Unsupported fd type: %s',
  ERR_INVALID_FILE_URL_HOST: 'File URL host must be "localhost" or empty on %s',
  ERR_INVALID_HANDLE_TYPE: 'This handle type cannot be sent',
  ERR_INVALID_HTTP_TOKEN: '%s must be a valid HTTP token ["%s"]',
  ERR_INVALID_IP_ADDRESS: 'Invalid IP address: %s',
  ERR_INVALID_PROTOCOL: 'Protocol "%s" not supported. Expected "%s"',
  ERR_INVALID_REPL_EVAL_CONFIG: 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL',
  ERR_INVALID_REPL_INPUT: '%s',
  ERR_INVALID_SYNC_FORK_INPUT: 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  ERR_INVALID_THIS: 'Value of "this" must be of type %s',
  ERR_INVALID_TUPLE: '%s must be an iterable %s tuple',
  ERR_MISSING_OPTION: '%s is required',
  ERR_MODULE_LINK_MISMATCH: '%s',
  ERR_NAPI_CONS_FUNCTION: 'Constructor must be a function',
  ERR_NO_ICU: '%s is not supported on Node.js compiled without ICU',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: '%s',
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: 'Unexpected argument \'%s\'. This command does not take positional arguments',
  ERR_PERFORMANCE_INVALID_TIMESTAMP: '%d is not a valid timestamp',
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS: '%s',
  ERR_SOCKET_BAD_BUFFER_SIZE: 'Buffer size must be a positive integer',
  ERR_SOCKET_BAD_TYPE: 'Bad socket type specified. Valid types are: udp4, udp6',
  ERR_STREAM_ITER_MISSING_FLAG: 'The stream/iter API requires the --experimental-stream-iter flag',
  ERR_STREAM_NULL_VALUES: 'May not write null values to stream',
  ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS: 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive',
  ERR_TLS_INVALID_CONTEXT: '%s must be a SecureContext',
  ERR_TLS_INVALID_PROTOCOL_VERSION: '%j is not a valid %s TLS protocol version',
  ERR_TLS_PROTOCOL_VERSION_CONFLICT: 'TLS protocol version %j conflicts with secureProtocol %j',
  ERR_TRACE_EVENTS_CATEGORY_REQUIRED: 'At least one category is required',
  ERR_TRAILING_JUNK_AFTER_STREAM_END: 'Trailing junk found after the end of the compressed stream',
  ERR_UNESCAPED_CHARACTERS: '%s contains unescaped characters',
  ERR_UNKNOWN_ENCODING: 'Unknown encoding: %s',
  ERR_UNKNOWN_FILE_EXTENSION: 'Unknown file extension "%s" for %s',
  ERR_UNKNOWN_SIGNAL: 'Unknown signal: %s',
  ERR_UNSUPPORTED_RESOLVE_REQUEST: 'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.',
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING: 'A dynamic import callback was not specified.',
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG: 'A dynamic import callback was invoked without --experimental-vm-modules',
  ERR_WEBASSEMBLY_RESPONSE: 'WebAssembly response %s',
  ERR_WORKER_UNSUPPORTED_OPERATION: '%s is not supported in workers',
};

const rangeErrorMessages = {
  ERR_BROTLI_INVALID_PARAM: '%s is not a valid Brotli parameter',
  ERR_BUFFER_TOO_LARGE: 'Cannot create a Buffer larger than %s bytes',
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER: '%s maxBuffer length exceeded',
  ERR_ENCODING_NOT_SUPPORTED: 'The "%s" encoding is not supported',
  ERR_FS_FILE_TOO_LARGE: 'File size (%s) is greater than 2 GiB',
  ERR_HTTP2_INFO_STATUS_NOT_ALLOWED: 'Informational status codes cannot be used',
  ERR_HTTP2_INVALID_INFO_STATUS: 'Invalid informational status code: %s',
  ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH: 'Packed settings length must be a multiple of six',
  ERR_HTTP2_PING_LENGTH: 'HTTP2 ping payload must be 8 bytes',
  ERR_HTTP2_STATUS_INVALID: 'Invalid status code: %s',
  ERR_HTTP_INVALID_STATUS_CODE: 'Invalid status code: %s',
  ERR_INVALID_ASYNC_ID: 'Invalid %s value: %s',
  ERR_INVALID_BUFFER_SIZE: 'Buffer size must be a multiple of %s',
  ERR_INVALID_FD: '"fd" must be a positive integer: %s',
  ERR_NAPI_INVALID_DATAVIEW_ARGS: 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in',
  ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT: 'start offset of %s should be a multiple of %s',
  ERR_NAPI_INVALID_TYPEDARRAY_LENGTH: 'Invalid typed array length',
  ERR_UNKNOWN_MODULE_FORMAT: 'Unknown module format: %s for URL %s',
  ERR_ZSTD_INVALID_PARAM: '%s is not a valid zstd parameter',
};

const syntaxErrorMessages = {
  ERR_INVALID_TYPESCRIPT_SYNTAX: '%s',
  ERR_SRI_PARSE: 'Subresource Integrity string %j had an unexpected %j at position %d',
  ERR_TLS_CERT_ALTNAME_FORMAT: 'Invalid subject alternative name string',
  ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX: '%s',
};

const uriErrorMessages = {
  ERR_INVALID_URI: 'URI malformed',
};

// ---- messages that depend on their arguments ------------------------------------------------------------------
// A function's declared parameters (those without defaults) are the arguments a code requires; `this` is the
// error being built, for codes that also carry extra properties.
const computed = {
  ERR_ACCESS_DENIED: [Error, function(text, permission = '', resource = '') {
    keepProps(this, { permission, resource });
    return text;
  }],
  ERR_BUFFER_OUT_OF_BOUNDS: [RangeError, (name = undefined) =>
    (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds')],
  ERR_DEBUGGER_STARTUP_ERROR: [Error, function(text, extra = undefined) {
    Object.assign(this, extra);
    return text;
  }],
  ERR_ENCODING_INVALID_ENCODED_DATA: [TypeError, function(encoding, errno) {
    return withProps(this, { errno }, `The encoded data was not valid for encoding ${encoding}`);
  }],
  ERR_FALSY_VALUE_REJECTION: [Error, function(reason) {
    return withProps(this, { reason }, 'Promise was rejected with falsy value');
  }],
  ERR_HTTP2_INVALID_SETTING_VALUE: [TypeError, function(name, actual, min = undefined, max = undefined) {
    const props = min === undefined ? { actual } : { actual, min, max };
    return withProps(this, props, `Invalid value for setting "${name}": ${actual}`);
  }],
  ERR_HTTP2_STREAM_CANCEL: [Error, function(cause) {
    this.cause = cause;
    const why = typeof cause?.message === 'string' ? ` (caused by: ${cause.message})` : '';
    return `The pending stream has been canceled${why}`;
  }],
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED: [TypeError, (key, value, url = undefined) =>
    `Import attribute "${key}" with value "${value}" is not supported${url ? ` in ${url}` : ''}`],
  ERR_INTERNAL_ASSERTION: [Error, (text) => (text === undefined ? NODE_BUG : `${text}\n${NODE_BUG}`)],
  ERR_INVALID_ADDRESS_FAMILY: [RangeError, function(family, host, port) {
    keepProps(this, { host, port });
    return `Invalid address family: ${family} ${host}:${port}`;
  }],
  ERR_INVALID_ARG_TYPE: [TypeError, invalidArgType],
  ERR_INVALID_ARG_VALUE: [TypeError, invalidArgValue],
  ERR_INVALID_CHAR: [TypeError, (name, field = undefined) =>
    `Invalid character in ${name}${field ? ` ["${field}"]` : ''}`],
  ERR_INVALID_FILE_URL_PATH: [TypeError, function(why, input = undefined) {
    this.input = input;
    return `File URL path ${why}`;
  }],
  ERR_INVALID_MIME_SYNTAX: [TypeError, (production, text, at) =>
    `The MIME syntax for a ${production} in "${text}" is invalid${at !== -1 ? ` at ${at}` : ''}`],
  ERR_INVALID_MODULE_SPECIFIER: [TypeError, (request, why, base = undefined) =>
    `Invalid module "${request}" ${why}${base ? ` imported from ${base}` : ''}`],
  ERR_INVALID_PACKAGE_CONFIG: [Error, (path, base, why) =>
    `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${why ? `. ${why}` : ''}`],
  ERR_INVALID_PACKAGE_TARGET: [Error, (pkgPath, key, target, isImport = false, base = undefined) => {
    const hint = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./') ?
      '; targets must start with "./"' : '';
    const from = base ? ` imported from ${base}` : '';
    if (key === '.') {
      return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
        `${pkgPath}package.json${from}${hint}`;
    }
    return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
      `in the package config ${pkgPath}package.json${from}${hint}`;
  }],
  ERR_INVALID_RETURN_PROPERTY: [TypeError, (input, name, prop, value) =>
    `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
    `${determineSpecificType(value)}.`],
  ERR_INVALID_RETURN_PROPERTY_VALUE: [TypeError, (input, name, prop, value) =>
    `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
    `${determineSpecificType(value)}.`],
  ERR_INVALID_RETURN_VALUE: [TypeError, (input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`],
  ERR_INVALID_URL: [TypeError, function(input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  }],
  ERR_INVALID_URL_SCHEME: [TypeError, (expected) => {
    const schemes = typeof expected === 'string' ? [expected] : expected;
    return `The URL must be ${schemes.length === 1 ? 'of scheme' : 'one of scheme'} ${formatList(schemes, 'or')}`;
  }],
  ERR_IP_BLOCKED: [Error, (ip) => `IP(${ip}) is blocked by net.BlockList`],
  ERR_MISSING_ARGS: [TypeError, missingArgs],
  ERR_MODULE_NOT_FOUND: [Error, function(path, base, exactUrl = undefined) {
    if (exactUrl) this.url = `${exactUrl}`;
    return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
  }],
  ERR_OUT_OF_RANGE: [RangeError, outOfRange],
  ERR_PACKAGE_IMPORT_NOT_DEFINED: [TypeError, (specifier, pkgPath, base) =>
    `Package import specifier "${specifier}" is not defined` +
    `${pkgPath ? ` in package ${pkgPath}package.json` : ''} imported from ${base}`],
  ERR_PACKAGE_MAP_EXTERNAL_FILE: [Error, (request, from, mapPath) =>
    `Cannot resolve "${request}" from "${from}": file is not within any package defined in ${mapPath}`],
  ERR_PACKAGE_MAP_INVALID: [SyntaxError, (mapPath, why) => `Invalid package-map.json at "${mapPath}": ${why}`],
  ERR_PACKAGE_MAP_KEY_NOT_FOUND: [Error, (key, mapPath) =>
    `Package key "${key}" referenced in dependencies but not defined in ${mapPath}`],
  ERR_PACKAGE_PATH_NOT_EXPORTED: [Error, (pkgPath, subpath, base = undefined) => {
    const from = base ? ` imported from ${base}` : '';
    if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
    return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${from}`;
  }],
  ERR_PARSE_ARGS_UNKNOWN_OPTION: [TypeError, (option, allowPositionals) => {
    const hint = allowPositionals ? '. To specify a positional argument starting with a \'-\', place it at the ' +
      `end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
    return `Unknown option '${option}'${hint}`;
  }],
  ERR_REQUIRE_ASYNC_MODULE: [Error, (filename, parent, requireStack) =>
    'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the ' +
    'top-level await comes from, use --experimental-print-required-tla.' +
    `\nRequired module: ${filename}\nRequire stack:\n- ${Array.isArray(requireStack) ? requireStack.join('\n- ') : ''}`],
  ERR_REQUIRE_ESM: [Error, (filename, hasEsmSyntax, parent = null, pkgJsonPath = null) => {
    let text = `require() of ES Module ${filename}${parent ? ` from ${parent}` : ''} not supported.`;
    if (!pkgJsonPath) return text;
    if (filename.endsWith('.js')) {
      text += `\n${filename} is treated as an ES module file as it is a .js file whose nearest parent ` +
        'package.json contains "type": "module" which declares all .js files in that package scope as ES ' +
        `modules.\nInstead either rename ${filename} to end in .cjs, change the requiring code to use dynamic ` +
        'import() which is available in all CommonJS modules, or change "type": "module" to "type": ' +
        `"commonjs" in ${pkgJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules ` +
        'instead).\n';
      return text;
    }
    return `${text}\nInstead change the require of ${filename} in ${parent} to a dynamic import() which is ` +
      'available in all CommonJS modules.';
  }],
  ERR_REQUIRE_ESM_RACE_CONDITION: [Error, (filename, parent, fromHookWorker) =>
    `Cannot require() ES Module ${filename} because it is not yet fully loaded.\n` +
    'This may be caused by a race condition if the module is simultaneously dynamically import()-ed via ' +
    'Promise.all().\nTry await-ing the import() sequentially in a loop instead.\n' +
    ` (From ${parent} in ${fromHookWorker ? 'loader hook worker' : 'non-loader-hook'} thread)`],
  ERR_SOCKET_BAD_PORT: [RangeError, (name, port, allowZero = true) =>
    `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`],
  ERR_TEST_FAILURE: [Error, function(failure, failureType) {
    keepProps(this, { failureType, cause: failure });
    return failure?.message ?? String(failure);
  }],
  ERR_TLS_ALPN_CALLBACK_INVALID_RESULT: [TypeError, (value, protocols) =>
    `ALPN callback returned a value (${value}) that did not match any of the client's offered protocols ` +
    `(${protocols.join(', ')})`],
  ERR_TLS_CERT_ALTNAME_INVALID: [Error, function(reason, host, cert) {
    return withProps(this, { reason, host, cert }, `Hostname/IP does not match certificate's altnames: ${reason}`);
  }],
  ERR_UNHANDLED_ERROR: [Error, (err = undefined) => {
    if (err === undefined) return 'Unhandled error.';
    let shown;
    try {
      shown = String(err);
    } catch {
      shown = lazyInspect().inspect(err);
    }
    return `Unhandled error. (${shown})`;
  }],
  ERR_UNSUPPORTED_DIR_IMPORT: [Error, function(path, base, exactUrl) {
    if (exactUrl) this.url = `${exactUrl}`;
    return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
  }],
  ERR_UNSUPPORTED_ESM_URL_SCHEME: [Error, (url, supported) => {
    const windowsHint = process.platform === 'win32' && url.protocol?.length === 2 ?
      '. On Windows, absolute paths must be valid file:// URLs' : '';
    return `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader` +
      `${windowsHint}. Received protocol '${url.protocol}'`;
  }],
  ERR_VM_MODULE_LINK_FAILURE: [Error, function(text, cause) {
    this.cause = cause;
    return text;
  }],
  ERR_WORKER_INVALID_EXEC_ARGV: [Error, (flags, what = 'invalid execArgv flags') =>
    `Initiated Worker with ${what}: ${Array.prototype.join.call(flags, ', ')}`],
  ERR_WORKER_PATH: [TypeError, (filename) => {
    let hint = '';
    if (filename.startsWith('file://')) hint = ' Wrap file:// URLs with `new URL`.';
    else if (filename.startsWith('data:text/javascript')) hint = ' Wrap data: URLs with `new URL`.';
    return 'The worker script or module filename must be an absolute path or a relative path starting with ' +
      `'./' or '../'.${hint} Received "${filename}"`;
  }],
};

// Codes whose errors are SystemErrors: the message is this prefix, then the system call's details.
const systemPrefixes = {
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_SOCKET_BUFFER_SIZE: 'Could not get or set buffer size',
  ERR_SYSTEM_ERROR: 'A system error occurred',
  ERR_TTY_INIT_FAILED: 'TTY initialization failed',
};

// Codes that also come as other classes (codes.X.TypeError ...), and those validators throw through
// hideStackFrames (codes.X.HideStackFramesError).
const alsoAs = {
  ERR_HTTP2_INVALID_SETTING_VALUE: [RangeError],
  ERR_INVALID_ARG_VALUE: [RangeError],
  ERR_INVALID_RETURN_VALUE: [RangeError],
  ERR_INVALID_STATE: [TypeError, RangeError],
  ERR_OPERATION_FAILED: [TypeError],
};
const thrownFromValidators = new Set(['ERR_FALSY_VALUE_REJECTION', 'ERR_FS_EISDIR', 'ERR_HTTP2_INVALID_HEADER_VALUE',
  'ERR_HTTP2_INVALID_PSEUDOHEADER', 'ERR_HTTP2_INVALID_SETTING_VALUE', 'ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED',
  'ERR_HTTP_INVALID_HEADER_VALUE', 'ERR_INCOMPATIBLE_OPTION_PAIR', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE',
  'ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_INVALID_THIS', 'ERR_OUT_OF_RANGE', 'ERR_SOCKET_BAD_PORT',
  'ERR_SYSTEM_ERROR', 'ERR_UNKNOWN_SIGNAL']);


// ---- the classes ------------------------------------------------------------------------------------------------

function nodeErrorToString() {
  const { name, code, message } = this;
  return `${name} [${code}]: ${message}`;
}

function markAsNodeError(proto, ctorShown) {
  Object.defineProperty(proto, kIsNodeError, { value: true, configurable: true, writable: true });
  Object.defineProperty(proto, 'toString', { value: nodeErrorToString, configurable: true, writable: true });
  if (ctorShown !== undefined) {
    Object.defineProperty(proto, 'constructor', { value: ctorShown, configurable: true, writable: true });
  }
}

function makeCodeClass(code, Base) {
  const NodeError = {
    NodeError: class extends Base {
      constructor(...args) {
        super();
        this.code = code;
        const text = getMessage(code, args, this);
        Object.defineProperty(this, 'message', { value: text, writable: true, enumerable: false, configurable: true });
        recapture(this, new.target);
      }
    },
  }.NodeError;
  markAsNodeError(NodeError.prototype, Base);
  return NodeError;
}

// An error from a system call made on a node API's behalf: `info` holds the call's context, and errno, syscall,
// path and dest read through to it.
class SystemError extends Error {
  constructor(code, context, prefix) {
    let text = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) text += ` ${context.path}`;
    if (context.dest !== undefined) text += ` => ${context.dest}`;
    super(text);
    this.code = code;
    Object.defineProperty(this, 'name', { value: 'SystemError', writable: true, enumerable: false, configurable: true });
    Object.defineProperty(this, 'info', { value: context, writable: false, enumerable: true, configurable: true });
    const info = context;
    const through = (key, toStored = (v) => v, fromStored = (v) => v) => {
      Object.defineProperty(this, key, {
        get() { return fromStored(info[key]); },
        set(value) { info[key] = toStored(value); },
        enumerable: true,
        configurable: true,
      });
    };
    through('errno');
    through('syscall');
    const asBuffer = (v) => (v == null ? v : require('buffer').Buffer.from(String(v)));
    const asString = (v) => (v == null ? v : String(v));
    if (context.path !== undefined) through('path', asBuffer, asString);
    if (context.dest !== undefined) through('dest', asBuffer, asString);
  }
}
SystemError.prototype.toString = nodeErrorToString;

function makeSystemCodeClass(code, prefix) {
  const NodeError = {
    NodeError: class extends SystemError {
      constructor(context) {
        super(code, context, prefix);
        recapture(this, new.target);
      }
    },
  }.NodeError;
  markAsNodeError(NodeError.prototype);
  return NodeError;
}

function addHideStackFramesError(ctor) {
  const Hidden = class HideStackFramesError extends ctor {};
  Object.defineProperty(Hidden.prototype, 'constructor', {
    value: ctor.prototype.constructor, configurable: true, writable: true,
  });
  ctor.HideStackFramesError = Hidden;
}

function makeClasses(code, Base, message) {
  if (Base === SystemError) {
    const ctor = makeSystemCodeClass(code, message);
    if (thrownFromValidators.has(code)) addHideStackFramesError(ctor);
    return ctor;
  }
  const ctor = makeCodeClass(code, Base);
  for (const Other of alsoAs[code] ?? []) ctor[Other.name] = makeCodeClass(code, Other);
  if (thrownFromValidators.has(code)) addHideStackFramesError(ctor);
  return ctor;
}

// Where a code's message and base class come from: the tables above, or a code declared at run time (E).
const tables = [[Error, errorMessages], [TypeError, typeErrorMessages], [RangeError, rangeErrorMessages],
  [SyntaxError, syntaxErrorMessages], [URIError, uriErrorMessages]];
const declared = new Map();
function entryOf(code) {
  if (declared.has(code)) return declared.get(code);
  if (Object.hasOwn(computed, code)) return computed[code];
  if (Object.hasOwn(systemPrefixes, code)) return [SystemError, systemPrefixes[code]];
  for (const [Base, table] of tables) {
    if (Object.hasOwn(table, code)) return [Base, table[code]];
  }
  return undefined;
}
const messageOf = (code) => entryOf(code)?.[1];

// `codes`: a code's class is made the first time it is read (an agent's start would otherwise make ~400 classes
// that most scripts never throw); its keys are every code, in order, as node's.
const madeClasses = Object.create(null);
function classOf(code) {
  if (code in madeClasses) return madeClasses[code];
  const entry = typeof code === 'string' ? entryOf(code) : undefined;
  if (entry === undefined) return undefined;
  return (madeClasses[code] = makeClasses(code, entry[0], entry[1]));
}
function allCodes() {
  const all = new Set([...Object.keys(madeClasses), ...declared.keys(), ...Object.keys(computed),
    ...Object.keys(systemPrefixes)]);
  for (const [, table] of tables) for (const code of Object.keys(table)) all.add(code);
  return [...all].sort();
}
const codes = new Proxy(madeClasses, {
  get: (target, code) => classOf(code),
  has: (target, code) => classOf(code) !== undefined,
  ownKeys: () => allCodes(),
  getOwnPropertyDescriptor(target, code) {
    classOf(code);
    return Reflect.getOwnPropertyDescriptor(target, code);
  },
});

// Kept for callers that declare a code of their own at run time.
function E(code, message, Base, ...others) {
  declared.set(code, [Base, message]);
  if (Base === SystemError) {
    codes[code] = makeSystemCodeClass(code, message);
    return;
  }
  const ctor = makeCodeClass(code, Base);
  for (const Other of others) ctor[Other.name] = makeCodeClass(code, Other);
  codes[code] = ctor;
}

// ---- errors from system calls ----------------------------------------------------------------------------------
let uv;
function uvErrmapGet(errno) {
  uv ??= internalBinding('uv');
  uv.errmap ??= uv.getErrorMap();
  return uv.errmap.get(errno);
}

function systemErrorName(errno) {
  const entry = uvErrmapGet(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

// These build plain Errors (their constructor is Error), with the stack starting at the caller.
function systemCallError(text, props, below) {
  const err = new Error(text);
  Object.assign(err, props);
  recapture(err, below);
  return err;
}

// libuv's failures: `CODE: description, syscall 'path' -> 'dest'`.
function UVException(context) {
  const [code, description] = uvErrmapGet(context.errno) ?? ['UNKNOWN', 'unknown error'];
  let text = `${code}: ${context.message || description}, ${context.syscall}`;
  if (context.path) text += ` '${context.path}'`;
  if (context.dest) text += ` -> '${context.dest}'`;
  const props = {};
  for (const key of Object.keys(context)) {
    if (key !== 'message' && key !== 'path' && key !== 'dest') props[key] = context[key];
  }
  props.code = code;
  if (context.path) props.path = context.path;
  if (context.dest) props.dest = context.dest;
  return systemCallError(text, props, new.target ?? UVException);
}

function hostPortText(address, port) {
  return port && port > 0 ? `${address}:${port}` : address;
}

function UVExceptionWithHostPort(errno, syscall, address, port) {
  const [code, description] = uvErrmapGet(errno) ?? ['UNKNOWN', 'unknown error'];
  const props = { code, errno, syscall, address };
  if (port) props.port = port;
  return systemCallError(`${syscall} ${code}: ${description} ${hostPortText(address, port)}`, props,
                         new.target ?? UVExceptionWithHostPort);
}

// A failed system call known by its errno alone: `syscall CODE [detail]`.
function ErrnoException(errno, syscall, detail) {
  const code = systemErrorName(errno);
  return systemCallError(detail ? `${syscall} ${code} ${detail}` : `${syscall} ${code}`,
                         { errno, code, syscall }, new.target ?? ErrnoException);
}

function ExceptionWithHostPort(errno, syscall, address, port, localDetail) {
  const code = systemErrorName(errno);
  let text = `${syscall} ${code} ${hostPortText(address, port)}`;
  if (localDetail) text += ` - Local (${localDetail})`;
  const props = { errno, code, syscall, address };
  if (port) props.port = port;
  return systemCallError(text, props, new.target ?? ExceptionWithHostPort);
}

const UV_EAI_NODATA = -3007;
const UV_EAI_NONAME = -3008;

function DNSException(errno, syscall, hostname) {
  let code = errno;
  if (typeof errno === 'number') {
    code = errno === UV_EAI_NODATA || errno === UV_EAI_NONAME ? 'ENOTFOUND' : systemErrorName(errno);
  }
  const props = { errno: typeof errno === 'number' ? errno : undefined, code, syscall };
  if (hostname) props.hostname = hostname;
  return systemCallError(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`, props, new.target ?? DNSException);
}

// ---- other shapes ----------------------------------------------------------------------------------------------
// node's AbortError: a plain Error named AbortError with code ABORT_ERR (not the DOMException).
class AbortError extends Error {
  constructor(text = 'The operation was aborted', options) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(text, options);
    Object.assign(this, { code: 'ABORT_ERR', name: 'AbortError' });
  }
}

// Two failures of one operation become one error: the outer one alone, or both in an AggregateError.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const both = new AggregateError([outer, inner], outer.message);
    both.code = outer.code;
    return both;
  }
  return inner || outer;
}

function genericNodeError(message, props) {
  const plain = Object.assign(new Error(message), props);
  recapture(plain, genericNodeError);
  return plain;
}

function captureLargerStackTrace(err) {
  if (!isErrorStackTraceLimitWritable()) {
    recapture(err, captureLargerStackTrace);
    return err;
  }
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = Infinity;
  try {
    recapture(err, captureLargerStackTrace);
  } finally {
    Error.stackTraceLimit = saved;
  }
  return err;
}

function inspectWithNoCustomRetry(value, options) {
  const { inspect } = lazyInspect();
  try {
    return inspect(value, options);
  } catch {
    return inspect(value, { ...options, customInspect: false });
  }
}

let overflow;
function isStackOverflowError(err) {
  if (overflow === undefined) {
    const recurse = () => recurse();
    try {
      recurse();
    } catch (e) {
      overflow = { name: e.name, message: e.message };
    }
  }
  return Boolean(err) && err.name === overflow.name && err.message === overflow.message;
}

// Fatal errors: an emitter that throws an unhandled 'error' leaves a function under kEnhanceStackBeforeInspector
// that adds where it was emitted.
const fatalExceptionStackEnhancers = {
  beforeInspector(err) {
    if (typeof err[kEnhanceStackBeforeInspector] === 'function') {
      try {
        err.stack = err[kEnhanceStackBeforeInspector]();
      } catch {
        // the plain stack will do
      }
    }
    return err.stack;
  },
  afterInspector(err) {
    const { inspect } = lazyInspect();
    try {
      return inspect(err, { customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) });
    } catch {
      return err.stack;
    }
  },
};

let arrowSymbol;
function setArrowMessage(err, arrow) {
  arrowSymbol ??= internalBinding('util').privateSymbols.arrow_message_private_symbol;
  err[arrowSymbol] = arrow;
}

module.exports = {
  AbortError, aggregateTwoErrors, addNumericalSeparator, captureLargerStackTrace, codes, determineSpecificType,
  DNSException, E, ErrnoException, ExceptionWithHostPort, fatalExceptionStackEnhancers, formatList,
  genericNodeError, getMessage, hideStackFrames, inspectWithNoCustomRetry, isErrorStackTraceLimitWritable,
  isStackOverflowError, kEnhanceStackBeforeInspector, kIsNodeError, setArrowMessage, SystemError, uvErrmapGet,
  UVException, UVExceptionWithHostPort,
};
