/**
 * Members with Latin names on a bilingual page: a name with accented letters (`Anna Müller委員`) is a name as `David Kim委員`
 * is, and a marked label with a Latin name before a colon (`○Raj Patel委員：…`) speaks without its mark (the first had been
 * no turn, the second a speaker named `○Raj Patel委員`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.html', sourceHash: '0'.repeat(64) })[0];

describe('Latin names in the turns', () => {
	test('accented letters and a colon after a marked label', () => {
		const result = parse([
			'第5回国際共同研究推進会議 議事要旨',
			'日時：2024年5月17日（金）15:00-17:00',
			'場所：オンライン',
			'出席者：',
			'（委員）松井議長、Anna Müller委員、Raj Patel委員、田辺委員',
			'議事概要',
			'○松井議長：本年度の公募には42件の応募があった。',
			'○Anna Müller委員：Many proposals lacked a clear data-sharing plan.',
			'○Raj Patel委員：海外レビューアの比率を高めるべきである。',
			'○José Álvarez委員　審査の透明性を高めてほしい。',
			'○田辺委員：若手研究者枠の拡充を検討してほしい。',
		]);
		const meeting = result?.meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['松井議長', 'Anna Müller委員', 'Raj Patel委員', 'José Álvarez委員', '田辺委員']);
		expect(meeting?.remarks[1]?.text).toBe('Many proposals lacked a clear data-sharing plan.');
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['松井', '議長'],
			['Anna Müller', '委員'],
			['Raj Patel', '委員'],
			['田辺', '委員'],
		]);
	});
});
