// Rejecting with a string.
Promise.reject('just a string');
