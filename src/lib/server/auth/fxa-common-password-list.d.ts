/** The package ships no types: `test(password)` says whether it is on the list (lower case). */
declare module 'fxa-common-password-list' {
	const list: { test(password: string): boolean };
	export default list;
}
