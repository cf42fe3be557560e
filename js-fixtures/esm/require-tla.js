try { require('./lib/tla.mjs'); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
