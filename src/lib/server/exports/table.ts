/** The shape of an export table, and what it reads from. */
import type { Cell } from '../../exports/csv-format.ts';
import type { Framework } from '../../scoring/framework.ts';
import type { Method } from '../../scoring/method.ts';
import type { Snapshot } from '../db/snapshot.ts';
import { DEFAULT_FRAMEWORK } from '../framework-store.ts';
import type { MonteCarloOptions } from '../sensitivity-service.ts';
import type { StoredRound } from '../index-service.ts';
import type { ExportProvenance } from './provenance.ts';

export type Row = Record<string, Cell>;

export interface ExportOptions {
	year?: number;
	method?: Method;
	/**
	 * The framework whose runs index tables read and whose codebook is written (`--framework`,
	 * `framework=`): the default framework when left out. Every StoredRound of the export carries it.
	 */
	framework?: Framework;
	/**
	 * The rounds the reader may see (auth/permissions.ts `mayReadRound`): published ones for the
	 * public API; left out for the CLI, whose operator sees every round.
	 */
	visible?: (year: number) => boolean;
	/**
	 * Only respondents whose region code starts with this (survey/region-cover.ts `scopePrefix`):
	 * a submitter's or reviewer's own region, which it sees in every round. Read by `responses`.
	 */
	regionPrefix?: string;
	/**
	 * Only data a reviewer approved (docs/security.md, Review): for readers other than admins,
	 * analysts and the units themselves, and the CLI's `--status approved`. Read by `responses`.
	 */
	approvedOnly?: boolean;
	/**
	 * Run the rank-uncertainty Monte Carlo afresh with this seed and draw count instead of reading
	 * the stored one (sensitivity-service.ts): the CLI's `--seed`/`--draws`, never a request.
	 */
	monteCarlo?: MonteCarloOptions;
}

/** The framework an export reads: the one chosen, or the built-in default. */
export const frameworkOf = (options: ExportOptions): Framework => options.framework ?? DEFAULT_FRAMEWORK;

/** What an export reads, all of it inside one snapshot of the database. */
export interface ExportSource {
	snapshot: Snapshot;
	/** The rounds asked for, oldest first. */
	years: number[];
	/** Their stored runs (oldest first), for tables that read runs; rounds without one are left out. */
	rounds: StoredRound[];
	/** ExportOptions.framework, or the default framework: what the codebook describes. */
	framework: Framework;
	/** ExportOptions.regionPrefix. */
	regionPrefix?: string;
	/** ExportOptions.approvedOnly. */
	approvedOnly?: boolean;
	/** The version, commit, framework and method the export is made under (exports/provenance.ts). */
	provenance: ExportProvenance;
}

export interface ExportTable {
	columns: readonly string[];
	/** How CSV writes a column, where full precision is not what the contract says. */
	csv?: Record<string, (value: Cell) => Cell>;
	/** How XLSX shows a column (an Excel number format); the cell itself keeps full precision. */
	numberFormats?: Record<string, string>;
	/**
	 * The stored runs the table is made from: those of the method asked for, those of the default
	 * method (rank intervals, audit and rates belong to it), or none (it reads the data itself).
	 */
	runs: 'method' | 'default' | 'none';
	/**
	 * The table compares a round with earlier ones (`panel`, `convergence`): its `rounds` hold every
	 * round the reader may see up to the last one asked for, oldest first, and it lists rows of the
	 * rounds asked for (`years`) only.
	 */
	history?: boolean;
	/** The rows, a batch at a time. */
	rows(source: ExportSource): AsyncIterable<Row[]>;
	/**
	 * The same rows already written, a batch of records at a time: CSV lines (with their line
	 * ends) or JSON objects. For a table of tens of millions of rows, where building an object per
	 * row and formatting it cell by cell is most of the cost.
	 */
	text?(source: ExportSource, format: 'csv' | 'json'): AsyncIterable<string[]>;
	/**
	 * The fewest and most rows the table can have, for a table that may be too large for an XLSX
	 * sheet; `exact` counts them when the bounds do not settle it. Tables without it are small.
	 */
	size?(source: ExportSource): Promise<{ min: number; max: number; exact(): Promise<number> }>;
}

/** One batch per round, from what its stored run holds. */
export async function* perRound(rounds: readonly StoredRound[], rows: (round: StoredRound) => Row[]) {
	for (const round of rounds) yield rows(round);
}
