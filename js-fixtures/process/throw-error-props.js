// An uncaught Error with a code and extra properties prints them.
const e = new Error('with props');
e.code = 'E_CUSTOM';
e.extra = { deep: [1, 2, 3] };
throw e;
