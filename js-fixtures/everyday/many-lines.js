'use strict';
// 100,000 console.log lines (their speed is measured in bench/; here only that every line arrives in order).
for (let i = 0; i < 100000; i++) console.log(i);
