/**
 * A village's sitting exported from a minutes system that sets its header as a table, copied one cell per line: the day the
 * session was called (`招集年月日` / its day), the sitting's own day under `開議`, and the members' attendance table, seat, name
 * and mark in cells, its last member's mark left blank, with `会議録署名議員` and the signers right under it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const sitting = [
	'令和６年第４回みなせ村議会定例会　会議録',
	'',
	'招集年月日',
	'令和６年９月１０日',
	'',
	'招集の場所',
	'みなせ村議会議場',
	'',
	'開会議・閉散会の宣告',
	'開議',
	'令和６年９月１２日',
	'１０時００分',
	'議長',
	'新垣　誠',
	'',
	'議員の出欠（出席 ◯印・欠席 ×印）',
	'',
	'番号',
	'氏名',
	'出席',
	'',
	'１',
	'比嘉　隆',
	'',
	'２',
	'知念　昭',
	'×',
	'３',
	'新垣　誠',
	'',
	'会議録署名議員',
	'１番',
	'比嘉　隆',
	'',
	'○議長（新垣　誠君）　ただいまから本日の会議を開きます。',
	'○１番（比嘉　隆君）　質問いたします。',
	'○議長（新垣　誠君）　本日はこれで散会します。',
];

describe("a header copied cell by cell from a minutes system's table", () => {
	const { meeting } = parseText(sitting.join('\n'), 'minase.txt');

	test('is dated by the day under 開議, not the day the session was called', () => {
		expect(meeting?.date).toBe('2024-09-12');
		expect(meeting?.start).toBe('10:00');
	});

	test('ends its attendance table at the signers\' heading, the last member present and no signer listed again', () => {
		const names = (group: string) => meeting?.participants.find((entry) => entry.group === group)?.members.map((member) => member.name);
		expect(names('出席議員')).toEqual(['比嘉 隆', '新垣 誠']);
		expect(names('欠席議員')).toEqual(['知念 昭']);
	});
});
