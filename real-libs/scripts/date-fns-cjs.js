// date-fns through require() (index.cjs, and a subpath's .cjs).
const { format } = require('date-fns');
const { addMonths } = require('date-fns/addMonths');
console.log(format(addMonths(new Date(2024, 0, 31), 1), 'yyyy-MM-dd'));
