/**
 * Password hashes (docs/security.md): argon2id at 19 MiB, 2 passes, 1 lane (~45 ms here), stored
 * as PHC strings, so that parameters raised later still verify the hashes made before.
 */
import { hash, verify, type Options } from '@node-rs/argon2';

// `Algorithm.Argon2id` is a const enum, which this project's TypeScript settings cannot read: its value.
const PARAMETERS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, PARAMETERS);

/** Whether the password is the one hashed; false for anything that is not an argon2 hash. */
export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}
