/**
 * How session ids and API tokens are kept: a SHA-256, in hex. Both are 256 random bits, so a fast
 * hash is enough (a password, guessable, gets argon2id instead: password-hash.ts).
 */
import { createHash } from 'node:crypto';

export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');
