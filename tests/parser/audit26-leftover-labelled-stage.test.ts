/**
 * A post with only a stage direction after it (`○議長　（拍手）`, `○議長（拍手）`) in an assembly's record: a note of the
 * proceedings, kept as written; no section heading, no turn by a speaker named `拍手`.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const record = (stage: string) => [
	'令和６年第３回しらかわ町議会定例会会議録',
	'',
	'招集年月日　令和６年９月５日',
	'',
	'○議長（大西　守君）　日程第２、町長行政報告を行います。町長。',
	'○町長（平井正樹君）　行政報告を申し上げます。台風１０号による被害は軽微でありました。',
	stage,
	'○議長（大西　守君）　これで町長行政報告を終わります。',
];
const notes = (result: ReturnType<typeof parse>) =>
	JSON.stringify(result?.body).match(/"type":"note","text":"[^"]*"/gu) ?? [];

describe('a post with a stage direction alone', () => {
	test.each(['○議長　（拍手）', '○議長（拍手）', '○議長　〔「異議なし」と呼ぶ者あり〕'])('%s is a note, no heading and no turn', (stage) => {
		const result = parse(record(stage));
		expect(result?.family).toBe('assembly');
		expect(result?.meeting?.sections.map((section) => section.title).filter((title) => title !== '')).toEqual([]);
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（大西　守君）', '町長（平井正樹君）', '議長（大西　守君）']);
		expect(notes(result).join('')).toContain(stage);
		// (Another's stage, no words of the mayor's turn before it.)
		expect(result?.meeting?.remarks[1]?.text).toBe('行政報告を申し上げます。台風１０号による被害は軽微でありました。');
	});

	test.each(['○会長　（拍手）', '○会長（拍手）', '○議長　（「異議なし」の声あり）'])("%s in a council's record is a note too", (stage) => {
		const result = parse(['第３回みどり市環境審議会　会議録', '', '日　時　令和６年１１月１２日（火）午後２時から午後３時３０分まで', '場　所　みどり市役所本庁舎５階　第二会議室', '出席者　石川会長、中島委員', '', '○石川会長　開会します。', '○中島委員　質問します。', stage, '○石川会長　終わります。']);
		expect(result?.family).toBe('council');
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['石川会長', '開会します。'],
			['中島委員', '質問します。'],
			['石川会長', '終わります。'],
		]);
		expect(notes(result).join('')).toContain(stage);
	});

	test('a post with who holds it before the direction stays a turn', () => {
		const result = parse(record('○議長（大西　守君）　（拍手）'));
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toContain('議長（大西　守君）');
	});
});
