module.exports = { kind: "commonjs" };
