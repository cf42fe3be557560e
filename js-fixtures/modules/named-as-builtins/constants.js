module.exports = { MAX_LENGTH: 256, from: 'the local constants.js' };
