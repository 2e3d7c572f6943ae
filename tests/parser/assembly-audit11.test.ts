/**
 * Assembly records in layouts found after the tenth audit: a stage direction and the next turn joined on one line
 * (`〔「異議なし」と呼ぶ者あり〕 ○議長（…君）　…`), as a record writes it where the direction closed a page's last line.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

const header = [
	'令和６年第４回和歌山県議会定例会会議録　第２号',
	'令和６年十二月八日（金曜日）',
	'午前十時一分開議',
	'出席議員（二名）',
	'　　一番　　林　　隆一君',
	'　　二番　　尾崎　要二君',
	'',
];

describe('a stage direction and the next turn on one line', () => {
	const result = parseLines([
		...header,
		'○議長（尾崎要二君）　お諮りいたします。質疑を終結することに御異議ありませんか。',
		'　　〔「異議なし」と呼ぶ者あり〕 ○議長（尾崎要二君）　御異議なしと認めます。次の質問者、林隆一君。',
		'　　〔林　隆一君、登壇〕（拍手）',
		'○林　隆一君　知事にお伺いします。',
		'（拍手）　○議長（尾崎要二君）　本日はこれをもって散会いたします。',
		'午前十一時散会',
	]);

	test('are the direction, then a turn of its own', () => {
		expect(turnsOf(result)).toEqual([
			['議長（尾崎要二君）', 'お諮りいたします。質疑を終結することに御異議ありませんか。\n〔「異議なし」と呼ぶ者あり〕'],
			['議長（尾崎要二君）', '御異議なしと認めます。次の質問者、林隆一君。\n〔林　隆一君、登壇〕（拍手）'],
			['林隆一君', '知事にお伺いします。\n（拍手）'],
			['議長（尾崎要二君）', '本日はこれをもって散会いたします。'],
		]);
		expect(notesOf(result)).toEqual(expect.arrayContaining(['〔「異議なし」と呼ぶ者あり〕', '（拍手）']));
	});

	test('a bracket before text that is no turn stays the text it is', () => {
		const plain = parseLines([...header, '○議長（尾崎要二君）　採決します。', '（注）○印は賛成者を示す。']);
		expect(turnsOf(plain)).toEqual([['議長（尾崎要二君）', '採決します。（注）○印は賛成者を示す。']]);
	});
});

describe('a member’s label with （登壇） alone, then the same label over the speech', () => {
	const result = parseLines([
		'令和６年第３回川西町議会定例会会議録（第１号）',
		'令和６年９月５日（木曜日）午前10時00分開議',
		'出席議員（２名）',
		'　10番　五十嵐　一夫君　　12番　山口　享君',
		'',
		'◎副議長（山口　享君）',
		'通告順に発言を許します。',
		'◎10番（五十嵐一夫君）（登壇）',
		'◎10番（五十嵐一夫君）',
		'通告に従い一般質問いたします。',
		'新庁舎の建設について伺います。',
		'2 / 第 1 日',
		'あわせて、事業費の増額について伺います。',
		'◎副議長（山口　享君）',
		'以上で一般質問を終わります。',
		'12 / 48',
	]);

	test('is one remark whose note is the stage direction, without the page footer', () => {
		expect(turnsOf(result)).toEqual([
			['副議長（山口　享君）', '通告順に発言を許します。'],
			['10番（五十嵐一夫君）', '（登壇）\n通告に従い一般質問いたします。新庁舎の建設について伺います。あわせて、事業費の増額について伺います。'],
			['副議長（山口　享君）', '以上で一般質問を終わります。'],
		]);
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});
});

describe('a web page that sets each label alone between blank lines, a member under the bare name', () => {
	const page = [
		'令和6年第1回江別市議会定例会会議録(第1号)',
		'令和6年2月20日(火曜日)',
		'午前10時00分開議',
		'',
		'議長(宮本忠明君)',
		'',
		' これより令和6年第1回江別市議会定例会を開会いたします。',
		' ただいまの出席議員は27名で定足数に達しております。',
		'',
		'議長(宮本忠明君)',
		'',
		' ただいまの行政報告に対し、質疑を行います。',
		' 鈴木議員の質疑を許します。',
		'',
		'鈴木真由美さん',
		'',
		' 除雪費の追加額について伺います。',
		'',
		'市長(後藤好人君)',
		'',
		' 鈴木議員のご質疑にお答えいたします。',
		'',
		'議長(宮本忠明君)',
		'',
		' 以上で質疑を終結いたします。',
	];

	test('the bare name is that member’s turn', () => {
		const result = parseLines(page);
		expect(result.family).toBe('assembly');
		expect(turnsOf(result)).toEqual([
			// (Each sentence indented by a half-width space on its line is a paragraph of its own.)
			['議長(宮本忠明君)', 'これより令和6年第1回江別市議会定例会を開会いたします。\nただいまの出席議員は27名で定足数に達しております。'],
			['議長(宮本忠明君)', 'ただいまの行政報告に対し、質疑を行います。\n鈴木議員の質疑を許します。'],
			['鈴木真由美さん', '除雪費の追加額について伺います。'],
			['市長(後藤好人君)', '鈴木議員のご質疑にお答えいたします。'],
			['議長(宮本忠明君)', '以上で質疑を終結いたします。'],
		]);
	});

	test('a name alone that is no label of such a page stays text', () => {
		// Labels followed by their words on the same line: a name alone is a line of the speech.
		const inline = parseLines([
			'令和6年第1回江別市議会定例会会議録(第1号)',
			'令和6年2月20日(火曜日)',
			'議長(宮本忠明君) 質疑の通告がありますので、発言を許します。',
			'',
			'鈴木真由美さん',
			'',
			'市長(後藤好人君) お答えいたします。',
		]);
		expect(turnsOf(inline).map(([speaker]) => speaker)).toEqual(['議長(宮本忠明君)', '市長(後藤好人君)']);
	});
});

describe('one page of a record a city site splits over several pages', () => {
	// The page's title with the sitting's day and the page's number, the site's print link with the day it was posted,
	// a heading of the order of business, then labels alone between blank lines.
	const result = parseLines([
		'令和6年第1回江別市議会会議録(第1号)令和6年2月27日 2ページ',
		'',
		'印刷用ページを表示する 掲載日:2024年5月30日更新',
		'',
		'6 議事次第',
		'',
		'市長の行政報告',
		'',
		'議長(宮本忠明君)',
		'',
		' ただいまの行政報告に対し、質疑を行います。',
		'',
		'市長(後藤好人君)',
		'',
		' 質疑にお答えいたします。',
		'',
		'議長(宮本忠明君)',
		'',
		' 以上で質疑を終結いたします。',
	]);

	test('is dated by its title, not by the day the page was posted', () => {
		expect(result.meeting?.date).toBe('2024-02-27');
	});

	test('names the assembly as its series, without the sitting’s number, day and page', () => {
		expect(result.meeting?.series).toBe('江別市議会');
	});

	test('reads every label as a turn instead of listing them under the order of business', () => {
		expect(turnsOf(result)).toEqual([
			['議長(宮本忠明君)', 'ただいまの行政報告に対し、質疑を行います。'],
			['市長(後藤好人君)', '質疑にお答えいたします。'],
			['議長(宮本忠明君)', '以上で質疑を終結いたします。'],
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['市長の行政報告']);
	});
});

describe('a committee record titled with the year and the number of the record in brackets', () => {
	test('names the committee as its series', () => {
		const result = parseLines(['区民文教常任委員会記録（令和６年第14号）', '開催日時　令和６年９月13日（金）午前10時', '○委員長　開会いたします。']);
		expect(result.meeting?.series).toBe('区民文教常任委員会');
	});
});
