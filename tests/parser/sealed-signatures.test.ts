/**
 * The signatures under an association's or a company's minutes: `議　長　　西田　浩二　　㊞` / `議事録署名人　　森　健　　㊞`, after
 * narrative minutes (`…議長は閉会を宣した。` / `…議長及び議事録署名人が次に署名押印する。`) or on their own: notes, one a signer,
 * never a remark of 議長 nor one paragraph run together.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const header = ['サンライズ管理組合　第２回理事会議事録', '', '日　時　２０２４年６月２３日（日）午前１０時００分～午前１１時５０分', '場　所　集会室', '出席者　理事長 西田、理事 森、理事 上田', ''];
const signers = ['議　長　　　　　西田　浩二　　㊞', '議事録署名人　　森　　健　　　㊞', '議事録署名人　　上田　勝　　　印'];
const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const read = (lines: readonly string[]) => parse(lines)?.meeting;
/** The body's notes, each as its text. */
const notesOf = (lines: readonly string[]): string[] => JSON.stringify(parse(lines)?.body).match(/"type":"note","text":"[^"]*"/gu)?.map((note) => JSON.parse(`{${note}}`).text as string) ?? [];

describe('sealed signatures under the minutes', () => {
	test('after narrative minutes and the sentence that opens them: no remark, each signer a note', () => {
		const lines = [...header, '１．駐輪場について', '　森理事より、放置自転車が２３台ある旨報告があり、処分することとした。', '', '　以上、議事の経過の要領及びその結果を明確にするため、議長及び議事録署名人が次に署名押印する。', '', '２０２４年６月２３日', '', ...signers];
		expect(read(lines)?.remarks).toEqual([]);
		expect(notesOf(lines).slice(-3)).toEqual(signers);
	});

	test('after a chair\'s turns, with no opening sentence: no more of the chair\'s words', () => {
		const meeting = read([...header, '西田理事長：駐輪場の放置自転車を処分してよろしいか。', '森理事：異議ありません。', '西田理事長：では処分します。', '', ...signers]);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['西田理事長', '駐輪場の放置自転車を処分してよろしいか。'],
			['森理事', '異議ありません。'],
			['西田理事長', 'では処分します。'],
		]);
		expect(notesOf([...header, '西田理事長：では処分します。', '', ...signers])).toEqual(signers);
	});
});
