module.exports = { from: 'the local util.js' };
