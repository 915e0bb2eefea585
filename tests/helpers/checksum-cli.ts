/** Prints the checksum of every table of a database (checksum.ts), for tests that run elsewhere. */
import { tableChecksum } from './checksum.ts';

console.log(await tableChecksum(process.argv[2]));
