/**
 * Text seeds copied from a printed or PDF record keep its page furniture on lines of their own: the page's number (`- 3 -`,
 * `－４－`, `５／１２`, `(p.6)`) and the running head naming the record (`西原町教育委員会定例会会議録　　－２－`). None of it
 * is anyone's words, and a sentence left open at the foot of a page goes on at the top of the next in the same paragraph.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const texts = (meeting: ReturnType<typeof read>) => meeting?.remarks.map((remark) => [remark.speaker, remark.text]);

const HEADER = ['令和６年度　第４回　東山地区まちづくり協議会　会議録', '', '日時：令和６年１０月３日（木）　午後７時～午後８時３０分', '場所：東山公民館　大会議室', ''];

describe('page numbers typed on lines of their own', () => {
	test('`－４－`, `５／１２` and `(p.6)` inside a turn are left out and the sentence goes on across them', () => {
		const meeting = read([
			...HEADER,
			'防災部会長：はい。先月の訓練には約二百名が参加しました。',
			'参加者からは、避難経路の案内が分かりにくいという声が',
			'－４－',
			'ありましたので、来年は表示を増やします。',
			'会長：ありがとうございました。次に、夏祭りの収支について',
			'５／１２',
			'事務局から説明をお願いします。',
			'事務局：収入は前年並み、支出は',
			'(p.6)',
			'少し増えました。',
		]);
		expect(texts(meeting)).toEqual([
			['防災部会長', 'はい。先月の訓練には約二百名が参加しました。参加者からは、避難経路の案内が分かりにくいという声がありましたので、来年は表示を増やします。'],
			['会長', 'ありがとうございました。次に、夏祭りの収支について事務局から説明をお願いします。'],
			['事務局', '収入は前年並み、支出は少し増えました。'],
		]);
	});

	test('`Page 3 of 12` and `- 3 / 12 -` are page numbers too', () => {
		const meeting = read([...HEADER, '会長：それでは始めます。今日はまず防災訓練の報告から', 'Page 3 of 12', 'お願いします。部会長、', '- 4 / 12 -', 'どうぞ。', '防災部会長：はい。']);
		expect(texts(meeting)?.[0]).toEqual(['会長', 'それでは始めます。今日はまず防災訓練の報告からお願いします。部会長、どうぞ。']);
	});

	test('a page number between blank lines is no paragraph break in the middle of a sentence', () => {
		const meeting = read([...HEADER, '会長：それでは始めます。今日はまず防災訓練の報告から', '', '- 3 -', '', 'お願いします。', '防災部会長：はい。']);
		expect(texts(meeting)?.[0]).toEqual(['会長', 'それでは始めます。今日はまず防災訓練の報告からお願いします。']);
	});
});

describe("a printed record's running head", () => {
	const header = ['西原町教育委員会定例会会議録', '', '日　時　令和６年８月２２日（木）午後１時３０分', '場　所　西原町役場　２階会議室', ''];

	test('the head with the page number on its line is left out of the turn it falls in', () => {
		const meeting = read([
			...header,
			'○学校教育課長　説明いたします。選定委員会の答申では、国語、社会、数学の各教科について、それぞれ',
			'西原町教育委員会定例会会議録　　　　　　　　　　　　　　　　　　　　－２－',
			'一社ずつを推薦しております。',
			'○田村委員　答申のとおりで結構です。',
		]);
		expect(texts(meeting)).toEqual([
			['学校教育課長', '説明いたします。選定委員会の答申では、国語、社会、数学の各教科について、それぞれ一社ずつを推薦しております。'],
			['田村委員', '答申のとおりで結構です。'],
		]);
	});

	test('the head on a line of its own over the page number is left out too', () => {
		const meeting = read([...header, '○学校教育課長　説明いたします。各教科について、それぞれ', '', '－２－', '西原町教育委員会定例会会議録', '', '一社ずつを推薦しております。', '○田村委員　結構です。']);
		expect(texts(meeting)?.[0]).toEqual(['学校教育課長', '説明いたします。各教科について、それぞれ一社ずつを推薦しております。']);
	});
});

describe("an assembly's running head seen once", () => {
	const sitting = (turn: readonly string[]) =>
		read([
			'令和６年第３回みずほ市議会定例会会議録（第２号）',
			'',
			'令和６年９月１０日（火曜日）',
			'',
			'出席議員（２名）',
			'　１番　青木　翔　　２番　森　正樹',
			'',
			'　　　　　　　　　　　　　　開議　午前１０時００分',
			'○議長（森　正樹君）　ただいまから本日の会議を開きます。',
			'○１番（青木　翔君）　一般質問を行います。地元商店街への影響について、どのように',
			...turn,
			'考えているのかお伺いします。',
			'○市長（上田浩二君）　お答えします。',
		]);

	test('the record’s name with the page number beside it is no part of the turn', () => {
		expect(sitting(['', '令和６年第３回みずほ市議会定例会会議録（第２号）　　　　　　　　　　　　－ 8 －', ''])?.remarks[1]?.text).toBe('一般質問を行います。地元商店街への影響について、どのように考えているのかお伺いします。');
	});

	test('nor is the record’s name on the line under the page number', () => {
		expect(sitting(['－８－', 'みずほ市議会会議録'])?.remarks[1]?.text).toBe('一般質問を行います。地元商店街への影響について、どのように考えているのかお伺いします。');
	});
});
