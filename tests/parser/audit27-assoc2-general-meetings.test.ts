/**
 * An association's or a company's general meeting keeps its kind in the series whether a session (`第２１回通常総会`) or a
 * year (`令和６年度通常総会`) goes before it, as its 理事会 does; a committee's 定例総会 is its ordinary sitting, left out
 * with a session or without. And the record's short form of who reported (`田口監事より監査報告。`) on the line after an
 * answer is the record's, no more of the answer.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { readTitle } from '../../src/parser/title.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]!;

describe('the series of a numbered general meeting', () => {
	test.each([
		['ひまわり団地自治会　第２１回通常総会　議事録', 'ひまわり団地自治会　通常総会', 21],
		['一般社団法人　こども未来ネット 第８回定時社員総会議事録', '一般社団法人　こども未来ネット 定時社員総会', 8],
		['みどり生活協同組合第３５回通常総代会議事録', 'みどり生活協同組合通常総代会', 35],
		// A committee's 総会 is its ordinary sitting, with a session or without.
		['三原市農業委員会第3回定例総会議事録', '三原市農業委員会', 3],
		['やまぶき町農業委員会　第５回定例総会議事録', 'やまぶき町農業委員会', 5],
		['やまぶき町農業委員会　令和６年１１月定例総会議事録', 'やまぶき町農業委員会', null],
	])('%s', (title, series, session) => {
		expect(readTitle(title, null)).toMatchObject({ series, session });
	});

	test('the same association gets one series for its numbered and its yearly general meetings', () => {
		expect(readTitle('あおば台町内会　第３０回通常総会　議事録', null).series).toBe(readTitle('あおば台町内会　令和６年度通常総会　議事録', null).series);
	});
});

describe('the record telling who reported, right after an answer', () => {
	test('`田口監事より監査報告。` is no part of the chair\'s or the president\'s words', () => {
		const result = read([
			'ひまわり団地自治会　第２１回通常総会　議事録',
			'',
			'日　時：令和６年４月２１日（日）午前１０時～１１時３０分',
			'場　所：ひまわり団地集会所',
			'',
			'２．議事',
			'第１号議案　令和５年度事業報告',
			'会員（３班）：防犯灯の修理はいつ終わりますか。',
			'会長：６月までに終える予定です。',
			'田口監事より監査報告。',
			'議長：採決します。賛成多数で承認されました。',
			'会計：収支の説明をします。',
			'事務局から補足説明。',
		]);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['会員（３班）', '防犯灯の修理はいつ終わりますか。'],
			['会長', '６月までに終える予定です。'],
			['議長', '採決します。賛成多数で承認されました。'],
			['会計', '収支の説明をします。'],
		]);
	});

	test('words that go on in the speaker\'s own form stay the speaker\'s', () => {
		const result = read([
			'ひまわり団地自治会　第２１回通常総会　議事録',
			'',
			'日　時：令和６年４月２１日（日）午前１０時～１１時３０分',
			'場　所：ひまわり団地集会所',
			'',
			'２．議事',
			'会長：６月までに終える予定です。',
			'詳しくは事務局より説明します。',
		]);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([['会長', '６月までに終える予定です。\n詳しくは事務局より説明します。']]);
	});
});
