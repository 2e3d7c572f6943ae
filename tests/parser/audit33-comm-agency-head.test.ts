/**
 * The head of an agency speaks as `長官` after the surname, in brackets after the agency in the 原子力規制委員会's records
 * (`○原子力規制庁（金田長官）` on its own line, the speech under it), as `金田長官` in a roll or an inline label.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseText } from './unseen-helpers.ts';

const text = [
	'第５０回原子力規制委員会 議事録',
	'',
	'１．日時',
	'　令和７年１月２２日（水）１０：３０～１１：５０',
	'２．場所',
	'　原子力規制委員会 １３階会議室Ａ',
	'',
	'６．議事録',
	'○山本委員長',
	'　それでは、これより第５０回原子力規制委員会を始めます。',
	'○杉田委員',
	'　１点確認させてください。',
	'○原子力規制庁（金田長官）',
	'　長官の金田です。補足いたします。',
	'○山本委員長',
	'　以上です。',
].join('\n');

describe("an agency's head", () => {
	test('`金田長官` is the surname and the post', () => {
		expect(parseNameLabel('金田長官')).toEqual({ name: '金田', title: '長官', affiliation: null });
		expect(parseNameLabel('原子力規制庁（金田長官）')).toEqual({ name: '金田', title: '長官', affiliation: '原子力規制庁' });
	});

	test('the label alone on its line opens a turn (the speech had been left out of every turn)', () => {
		const remarks = parseText(text, 'nra.txt').meeting?.remarks.map((remark) => [remark.speaker, remark.text]);
		expect(remarks).toEqual([
			['山本委員長', 'それでは、これより第５０回原子力規制委員会を始めます。'],
			['杉田委員', '１点確認させてください。'],
			['原子力規制庁（金田長官）', '長官の金田です。補足いたします。'],
			['山本委員長', '以上です。'],
		]);
	});
});
