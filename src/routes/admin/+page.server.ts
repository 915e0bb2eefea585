import type { PageServerLoad } from './$types';

// Admins only: hooks.server.ts refuses anyone else before this runs (auth/route-access.ts).
export const load: PageServerLoad = (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
};
