import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { scoresNotes } from './scores-notes.ts';

const none = { pending: [], updating: [], failed: [] };

describe('scoresNotes', () => {
	it('says nothing when every figure is current', () => {
		expect(scoresNotes(none, MESSAGES.en, 'en')).toEqual([]);
	});

	it('names rounds being scored, and when the figures being updated were computed, in Beijing time', () => {
		const notes = scoresNotes(
			{
				pending: [2025],
				updating: [
					{ year: 2024, computedAt: '2026-11-30T06:00:00.000Z' },
					{ year: 2023, computedAt: '2026-11-30T05:00:00.000Z' }
				],
				failed: []
			},
			MESSAGES.en,
			'en'
		);
		expect(notes[0]).toBe('Round 2025 is being scored for the first time; it will appear here when ready.');
		expect(notes[1]).toContain('newer responses for 2024, 2023 are being scored');
		// The oldest of the two, 05:00 UTC, is 1:00 PM in Beijing.
		expect(notes[1]).toMatch(/1:00\s?PM GMT\+8/);
	});

	it('says in Chinese that scoring failed and is retried, without the reason (the health check has it)', () => {
		const [note] = scoresNotes(
			{ ...none, failed: [{ year: 2024, computedAt: null }] },
			MESSAGES['zh-CN'],
			'zh-CN'
		);
		expect(note).toContain('2024年度的计算未完成，系统将自动重试');
		expect(note).toContain('—');
	});
});
