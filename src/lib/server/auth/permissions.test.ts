import { describe, expect, it } from 'vitest';
import { REGIONS } from '../region-reference.ts';
import {
	mayAdminister,
	mayExportTable,
	mayKnowRound,
	mayListSubmissions,
	mayManageTokens,
	ownDataRegion,
	mayReadRound,
	mayReview,
	maySubmit,
	regionWithin,
	submissionScope,
	type Principal
} from './permissions.ts';
import { ROLES, type Role } from './roles.ts';
import type { RoundState } from './round-states.ts';

const user = (role: Role, region: string | null = null, via: Principal['via'] = 'session'): Principal => ({
	id: 1,
	login: `${role}-${region ?? 'none'}`,
	role,
	region,
	via
});

describe('regions inside regions', () => {
	it.each([
		['000000', '440106', true],
		['440000', '440106', true],
		['440100', '440106', true],
		['440106', '440106', true],
		['440100', '440303', false], // Shenzhen's county is not Guangzhou's
		['440106', '440100', false], // a county does not hold its city
		['420000', '429004', true], // 仙桃: governed by the province directly
		['110000', '110101', true], // a municipality's district
		['440000', '450103', false],
		['440000', '999999', false] // a code the reference does not have is inside nothing but the nation
	])('%s holds %s: %s', (scope, code, inside) => expect(regionWithin(scope, code, REGIONS)).toBe(inside));
});

describe('submitting', () => {
	const open: RoundState = 'open';
	it.each([
		// [who, rows' regions, state, status or null when allowed]
		[user('submitter', '440106'), ['440106', '440106'], open, null],
		[user('submitter', '440106'), ['440106', '440103'], open, 403],
		[user('submitter', '440100'), ['440100', '440106', '440103'], open, null],
		[user('submitter', '440000'), ['440000', '440303'], open, null],
		[user('submitter', '440000'), ['450000'], open, 403],
		[user('admin'), ['450000', '110101'], open, null],
		[user('submitter', '440106'), ['440106'], 'closed', 409],
		[user('submitter', '440106'), ['440106'], 'published', 409],
		[user('submitter', '440106'), ['440106'], null, 409],
		[user('admin'), ['440106'], 'closed', 409],
		[user('reviewer', '440100'), ['440106'], open, 403],
		[user('viewer'), ['440106'], open, 403],
		[user('analyst'), ['440106'], open, 403],
		[null, ['440106'], open, 401]
	] as [Principal | null, string[], RoundState | null, number | null][])(
		'%j for %j into a round %s → %s',
		(p, codes, state, status) => {
			const d = maySubmit(p, codes, 2024, state, REGIONS);
			expect(d.allowed ? null : d.status).toBe(status);
		}
	);

	it('names the first region it may not submit for, and the region it acts for', () => {
		const d = maySubmit(user('submitter', '440106'), ['440106', '440103', '440303'], 2024, 'open', REGIONS);
		expect(!d.allowed && d.reason).toMatch(/may not submit for region 440103: it acts for 440106/);
	});

	it('judges the region before the round, so a clerk learns first what it may never send', () => {
		const d = maySubmit(user('submitter', '440106'), ['440303'], 2024, 'closed', REGIONS);
		expect(!d.allowed && d.status).toBe(403);
	});
});

describe('reading', () => {
	it.each(ROLES)('a %s reads published rounds; unpublished ones only as admin or analyst', (role) => {
		const p = user(role, role === 'submitter' || role === 'reviewer' ? '440106' : null);
		expect(mayReadRound(p, 'published')).toBe(true);
		for (const state of ['open', 'closed', null] as const)
			expect(mayReadRound(p, state)).toBe(role === 'admin' || role === 'analyst');
	});

	it('shows the public published rounds only, and their states to the roles that work on them', () => {
		expect([null, 'open', 'closed', 'published'].map((s) => mayReadRound(null, s as RoundState))).toEqual([
			false,
			false,
			false,
			true
		]);
		expect(mayKnowRound(null, 'open')).toBe(false);
		expect(mayKnowRound(user('viewer'), 'open')).toBe(false);
		expect(mayKnowRound(user('submitter', '440106'), 'open')).toBe(true);
	});

	it('lets submitters and reviewers read their own region in every round, and nobody else by region', () => {
		expect(
			ROLES.map((r) => ownDataRegion(user(r, r === 'submitter' || r === 'reviewer' ? '440106' : null)))
		).toEqual([null, '440106', '440106', null, null]);
		expect(ownDataRegion(null)).toBe(null);
	});

	it('keeps the submissions table (it names logins) for admins and analysts', () => {
		expect(mayExportTable(null, 'rates').allowed).toBe(true);
		expect(mayExportTable(null, 'submissions')).toMatchObject({ allowed: false, status: 401 });
		expect(mayExportTable(user('viewer'), 'submissions')).toMatchObject({ allowed: false, status: 403 });
		expect(mayExportTable(user('analyst'), 'submissions').allowed).toBe(true);
	});
});

describe('submissions, administration and tokens', () => {
	it('lists submissions for submitters, reviewers and admins, each within its region', () => {
		expect(ROLES.filter((r) => mayListSubmissions(user(r, '440100')).allowed)).toEqual([
			'admin',
			'reviewer',
			'submitter'
		]);
		expect(mayListSubmissions(null)).toMatchObject({ status: 401 });
		expect(submissionScope(user('reviewer', '440100'))).toBe('440100');
		expect(submissionScope(user('admin'))).toBe('000000');
	});

	it('lets only admins administer', () => {
		expect(ROLES.filter((r) => mayAdminister(user(r)).allowed)).toEqual(['admin']);
		expect(mayAdminister(null)).toMatchObject({ status: 401 });
	});

	it('lets every user manage its tokens from a session, never with a token', () => {
		expect(ROLES.every((r) => mayManageTokens(user(r)).allowed)).toBe(true);
		expect(mayManageTokens(user('analyst', null, 'token'))).toMatchObject({ allowed: false, status: 403 });
	});
});

describe('reviewing', () => {
	it.each([
		// [who, the submission's region, status or null when allowed]
		[user('reviewer', '440100'), '440106', null], // a city reviews its counties
		[user('reviewer', '440100'), '440100', 403], // not its own level
		[user('reviewer', '440000'), '440100', null], // a province its cities
		[user('reviewer', '440000'), '440106', null], // and what lies further down
		[user('reviewer', '000000'), '440000', null], // the nation its provinces
		[user('reviewer', '440100'), '440303', 403], // another city's county
		[user('reviewer', '440100'), '440000', 403], // the level above it
		[user('admin'), '000000', null],
		[user('submitter', '440000'), '440106', 403],
		[user('viewer'), '440106', 403],
		[null, '440106', 401]
	] as [Principal | null, string, number | null][])('%o reviewing %s → %s', (who, region, status) => {
		const d = mayReview(who, region, 'county-clerk', REGIONS);
		expect(d.allowed ? null : d.status).toBe(status);
	});

	it('nobody reviews a file of its own', () => {
		const admin = user('admin');
		const d = mayReview(admin, '440106', admin.login, REGIONS);
		expect(d).toEqual({
			allowed: false,
			status: 403,
			reason: `${admin.login} submitted this file and may not review it`
		});
	});
});
