// Importing a file that does not exist rejects the import() promise.
import('./nope.mjs').catch((err) => console.log('caught', err instanceof Error));
