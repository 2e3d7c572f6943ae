/**
 * A company's 株主総会議事録 sums up each question and answer under a line naming who gave it: `質問要旨（Ｂ氏）`,
 * `回答要旨（鈴木取締役）`, `回答内容:(議長)`, `質問（株主）`. Each is that person's turn (before: the questions were glued into
 * the narrative or into the answer above them, 4 of 7 turns read).
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `第18期定時株主総会議事録

1.日　時　　令和6年6月20日（木曜日）午前10時00分
2.場　所　　大阪市北区中之島二丁目3番4号　当社本店会議室
3.出席役員　代表取締役社長　西田　一郎（議長）
　　　　　　取締役　川上　次郎、取締役　森下　花子、監査役　岡本　誠
4.議事の経過の要領及びその結果
　定刻、代表取締役社長西田一郎は定款の定めにより議長席に着き、開会を宣した。

第1号議案　剰余金の処分の件
　議長は、本議案の内容を説明したところ、次の質疑がなされた。
質問要旨（Ｃ氏）
　配当性向の目標を示されたい。
回答要旨（議長）
　中期経営計画において配当性向三割を目標としている。
質問要旨:(株主)
　内部留保の使い道を伺いたい。
回答内容:(川上取締役)
　設備投資と研究開発に充てる予定である。

　以上をもって本総会の議事をすべて終了したので、議長は午前10時50分閉会を宣した。
`;

describe('questions and answers under lines naming who gives them', () => {
	const { meeting } = parseMinutes(MINUTES, { source: 'k.txt', sourceHash: '0'.repeat(64) });

	test('each is a turn of who asks or answers, with the words below it', () => {
		expect(meeting!.remarks.map((remark) => [remark.speaker, remark.text.split('\n')[0]])).toEqual([
			['Ｃ氏', '配当性向の目標を示されたい。'],
			['議長', '中期経営計画において配当性向三割を目標としている。'],
			['株主', '内部留保の使い道を伺いたい。'],
			['川上取締役', '設備投資と研究開発に充てる予定である。'],
		]);
	});

	test('the close told of the chair after the last answer is a note, not the answer\'s words', () => {
		const result = parseMinutes(MINUTES, { source: 'k.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting!.remarks.at(-1)!.text).toBe('設備投資と研究開発に充てる予定である。');
		expect(JSON.stringify(result.body)).toContain('議長は午前10時50分閉会を宣した。');
	});

	test('a line naming something that is no one stays text', () => {
		const { meeting: other } = parseMinutes(MINUTES.replace('質問要旨（Ｃ氏）', '質問要旨（配当方針）'), { source: 'k.txt', sourceHash: '0'.repeat(64) });
		expect(other!.remarks.map((remark) => remark.speaker)).not.toContain('配当方針');
	});
});
