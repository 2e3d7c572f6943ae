/**
 * An old village record opens with the sitting's time over its roll, the date in the title (`昭和元年十二月二十七日　東谷村會會議録`
 * / `午後一時開會` / `出席議員　八名` / the names / `列席　村長　金子　傳藏`): the time gives the start and the roll is the header's.
 * The text had started at the time, the roll kept as paragraphs of it.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

describe('the opening over the roll', () => {
	test('is the header, its time the start', () => {
		const result = parseDocuments(
			[
				'昭和元年十二月二十七日　東谷村會會議録',
				'',
				'午後一時開會',
				'出席議員　八名',
				'　今村　長吉　　内田　市藏　　大野　松次郎',
				'列席　村長　金子　傳藏',
				'○議長（金子傳藏）　本日ノ議事ヲ開ク',
				'○議長　異議ナキモノト認メ原案ノ通リ可決ス',
				'　午後二時閉會',
			].join('\n'),
			{ source: 'old.txt', sourceHash: '0'.repeat(64) },
		)[0]!;
		expect(result.diagnostics).toEqual([]);
		expect([result.meeting?.start, result.meeting?.end]).toEqual(['13:00', '14:00']);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['出席議員', ['今村　長吉', '内田　市藏', '大野　松次郎']],
			['列席', ['村長　金子　傳藏']],
		]);
	});
});
