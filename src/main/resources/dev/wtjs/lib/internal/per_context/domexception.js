'use strict';
// DOMException as WebIDL defines it: name and message kept privately and read through prototype getters, a legacy
// numeric `code` for the historical names, and Error.prototype as its prototype's prototype.

// The legacy names in code order (code = position + 1), each with its constant's name.
const LEGACY = `IndexSizeError=INDEX_SIZE_ERR DOMStringSizeError=DOMSTRING_SIZE_ERR
  HierarchyRequestError=HIERARCHY_REQUEST_ERR WrongDocumentError=WRONG_DOCUMENT_ERR
  InvalidCharacterError=INVALID_CHARACTER_ERR NoDataAllowedError=NO_DATA_ALLOWED_ERR
  NoModificationAllowedError=NO_MODIFICATION_ALLOWED_ERR NotFoundError=NOT_FOUND_ERR
  NotSupportedError=NOT_SUPPORTED_ERR InUseAttributeError=INUSE_ATTRIBUTE_ERR InvalidStateError=INVALID_STATE_ERR
  SyntaxError=SYNTAX_ERR InvalidModificationError=INVALID_MODIFICATION_ERR NamespaceError=NAMESPACE_ERR
  InvalidAccessError=INVALID_ACCESS_ERR ValidationError=VALIDATION_ERR TypeMismatchError=TYPE_MISMATCH_ERR
  SecurityError=SECURITY_ERR NetworkError=NETWORK_ERR AbortError=ABORT_ERR URLMismatchError=URL_MISMATCH_ERR
  QuotaExceededError=QUOTA_EXCEEDED_ERR TimeoutError=TIMEOUT_ERR InvalidNodeTypeError=INVALID_NODE_TYPE_ERR
  DataCloneError=DATA_CLONE_ERR`.trim().split(/\s+/).map((pair) => pair.split('='));

// Names the spec has since dropped: their code reads 0.
const RETIRED = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);
const codeOfName = new Map(LEGACY.map(([name], i) => [name, RETIRED.has(name) ? 0 : i + 1]));

function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    writable: true,
    configurable: true,
  });
  return err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', nameOrOptions = 'Error') {
    this.#message = `${message}`;
    if (nameOrOptions !== null && typeof nameOrOptions === 'object') {
      this.#name = `${nameOrOptions.name}`;
      if ('cause' in nameOrOptions) {
        Object.defineProperty(this, 'cause', { value: nameOrOptions.cause, writable: true, configurable: true });
      }
    } else {
      this.#name = `${nameOrOptions}`;
    }
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(this);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#name in self)) throw invalidThis();
    return self;
  }

  get name() {
    return DOMException.#check(this).#name;
  }

  get message() {
    return DOMException.#check(this).#message;
  }

  get code() {
    return codeOfName.get(DOMException.#check(this).#name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
LEGACY.forEach(([, constant], i) => {
  const desc = { value: i + 1, enumerable: true };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
});

exports.DOMException = DOMException;
