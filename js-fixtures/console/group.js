// console.group indentation, nested, with multi-line values, groupEnd underflow.
console.log('top');
console.group('Group A');
console.log('in A');
console.group();
console.log('in A.1', { multi: 'x'.repeat(70), line: 'y'.repeat(10) });
console.error('error in A.1');
console.groupEnd();
console.groupCollapsed('collapsed', 2);
console.info('in collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back to top');
