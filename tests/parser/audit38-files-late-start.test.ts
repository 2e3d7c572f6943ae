import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** A council's minutes saved by an export tool that wrote its own log lines (ASCII, no Japanese) above them. */
const MINUTES = [
	'第５回　かえで市都市計画審議会　議事録',
	'',
	'日時：令和６年１１月８日（金）午前１０時～正午',
	'場所：かえで市役所　大会議室',
	'',
	'出席者',
	'　会長　木村　和人',
	'　委員　井上　紀子',
	'　委員　松田　健',
	'',
	'○木村会長　ただいまから審議会を開会いたします。',
	'○井上委員　用途地域の変更について、説明会の回数を教えてください。',
	'○事務局（都市計画課長）　地区ごとに二回ずつ開く予定でございます。',
	'○松田委員　了解しました。',
	'○木村会長　以上で閉会いたします。',
	'',
];

function withPreamble(count: number): string {
	const log = Array.from({ length: count }, (_, i) => `export-log ${String(i).padStart(3, '0')}: page ${i + 1} written (status OK)`);
	return [...log, ...MINUTES].join('\n');
}

describe('minutes after lines of other text', () => {
	test('are read from their first Japanese line, the lines before left out with a warning', () => {
		const result = parseMinutes(withPreamble(60), { source: 'export.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.title).toBe('第５回　かえで市都市計画審議会　議事録');
		expect(result.meeting?.date).toBe('2024-11-08');
		expect(result.meeting?.remarks.map((remark) => remark.line)).toEqual([71, 72, 73, 74, 75]);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['木村　和人', '井上　紀子', '松田　健']);
		expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
		expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'late-start', line: 1 }));
	});

	test('English text with a few Japanese lines is still refused', () => {
		const text = [...Array.from({ length: 40 }, (_, i) => `Line ${i} of an English report about the project schedule.`), '会議', 'Notes follow.', ...Array.from({ length: 20 }, (_, i) => `More English text ${i}.`)].join('\n');
		const result = parseMinutes(text, { source: 'report.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting).toBeNull();
		expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'not-minutes' }));
	});
});
