/**
 * A ministry's verbatim page in `<pre>`: `議事` alone over its numbered items, then `配付資料` and the turns. The items are
 * the order of business, the handouts the header's: they had become empty headings of the text, the handouts a section of it.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('`議事` over numbered items, `配付資料` after them', () => {
	const result = parse([
		'中央環境審議会 循環型社会部会（第45回）議事録',
		'日時',
		'  令和5年10月3日（火）13時00分～15時00分',
		'',
		'場所',
		'  環境省第1会議室及びWEB会議システム',
		'',
		'議事',
		'  （１）循環経済工程表の進捗について',
		'  （２）その他',
		'',
		'配付資料',
		'  資料１　循環経済工程表の進捗状況',
		'  資料２　今後のスケジュール（案）',
		'',
		'午後１時００分　開会',
		'',
		'○松井循環型社会推進室長　ただいまから循環型社会部会を開催いたします。',
		'○酒井部会長　それでは、議事に入ります。',
	]);

	test('the items are the agenda, no headings of the text', () => {
		expect(result?.meeting?.agenda.map((item) => item.title)).toEqual(['循環経済工程表の進捗について', 'その他']);
		expect(result?.meeting?.sections.map((section) => section.title)).not.toContain('その他');
	});

	test('the handouts are the header\'s, not text of the record', () => {
		expect(result?.meeting?.handouts.map((handout) => handout.id)).toEqual(['資料１', '資料２']);
		expect(JSON.stringify(result?.body)).not.toContain('今後のスケジュール');
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['松井循環型社会推進室長', '酒井部会長']);
	});
});
