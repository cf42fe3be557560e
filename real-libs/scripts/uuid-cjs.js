// uuid through require(): the "require" branch of its node condition.
const { v5, validate, v4 } = require('uuid');
console.log(v5('cjs', v5.URL), validate(v4()), require.resolve('uuid').replace(__dirname, '.'));
