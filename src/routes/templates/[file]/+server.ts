/**
 * GET /templates/<regional|hospital>.<csv|xlsx>?lang=zh-CN|en — a survey template to download,
 * public; a signed-in submitter's names its region (template-service.ts), so it is never kept in
 * the page cache (hooks.server.ts) nor by a shared cache.
 */
import { error } from '@sveltejs/kit';
import { templateFile } from '$lib/server/template-service';
import type { RequestHandler } from './$types';

const FILE = /^(regional|hospital)\.(csv|xlsx)$/;

export const GET: RequestHandler = async ({ params, locals }) => {
	const match = FILE.exec(params.file);
	if (!match) error(404, 'Not found');
	const [, id, format] = match as unknown as [string, 'regional' | 'hospital', 'csv' | 'xlsx'];
	const file = await templateFile(id, format, locals.locale === 'en' ? 'en' : 'zh', locals.principal);
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${file.fileName}"`,
			'cache-control': locals.principal ? 'private, no-store' : 'no-cache'
		}
	});
};
