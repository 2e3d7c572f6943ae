/**
 * An association's 総会 whose Q&A closes each question and answer with who gave it, a surname in brackets
 * (`Q：…変わりましたか。（大島）` / `A：…横ばいです。（吉永）`), the roll a head count: each turn is that person's, where all
 * had been spoken by `Q` and `A`, the names left in the words.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'一般社団法人あおぞら読書会　２０２４年度　定時社員総会　議事録',
	'',
	'日時：２０２４年６月８日（土）１０：００～１１：３０',
	'場所：あおぞら会館　第１会議室',
	'出席者：正会員３１名（うち委任状９名）',
	'',
	'第１号議案　２０２３年度事業報告の承認について',
	'代表理事の松尾から、読書会を年間２４回開いたことが報告された。',
	'Q：参加者の年齢層はどう変わりましたか。（大川）',
	'A：三十代の参加が増えています。（松尾）',
	'Q：会場費はいくらでしたか。（小池）',
	'A：年間で約１２万円です。（松尾）',
	'採決の結果、賛成多数で承認された。',
	'',
	'第２号議案　２０２４年度事業計画について',
	'Q：オンライン開催は続けますか。（大川）',
	'A：月に一度は続けます。詳細は検討中です。（野田）',
].join('\n');

describe('Q&A turns closed by who gave them', () => {
	test('each question and answer is the named person\'s', () => {
		const { meeting } = parseText(text, 'sokai.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['Q（大川）', '参加者の年齢層はどう変わりましたか。'],
			['A（松尾）', '三十代の参加が増えています。'],
			['Q（小池）', '会場費はいくらでしたか。'],
			['A（松尾）', '年間で約１２万円です。'],
			['Q（大川）', 'オンライン開催は続けますか。'],
			['A（野田）', '月に一度は続けます。詳細は検討中です。'],
		]);
	});

	test('a state closing one answer names no one', () => {
		const plain = text.replace(/（(?:大川|小池|松尾)）/gu, '').replace('（野田）', '（検討中）');
		const { meeting } = parseText(plain, 'sokai.txt');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['Q', 'A', 'Q', 'A', 'Q', 'A']);
	});
});
