const e = new RangeError('worker failed');
e.code = 'E_WORKER';
throw e;
