/**
 * An assembly's 議事日程 that names the members who ask under `一般質問`, one a line with their seat (`１２番　　中　村　健　二　君`,
 * `２番　岡田春子`): each follows the item's words in brackets, seat and name (they had been run into the item's words, padded).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

const roll = ['出席議員（３名）', '　３番　　山　田　太　郎　君　　　１２番　　中　村　健　二　君', '２０番　　田　中　　　修　君', ''];
const turns = ['　　　　　午前１０時００分開議', '○議長（田中　修君）　ただいまから本日の会議を開きます。', '　日程第１、会議録署名議員の指名を行います。', '○議長（田中　修君）　日程第２、一般質問を行います。', '○１２番（中村健二君）　質問いたします。', '○議長（田中　修君）　本日はこれで散会いたします。', '　　　　　午前１１時００分散会'];

describe('members listed under an item of the 議事日程', () => {
	test('padded names with 君 under 一般質問', () => {
		const meeting = read(['令和６年第３回みなと市議会定例会（第３号）', '', '令和６年９月１０日（火曜日）', '', '議事日程（第３号）', '日程第１　会議録署名議員の指名', '日程第２　一般質問', '　　　　　１２番　　中　村　健　二　君', '　　　　　　３番　　山　田　太　郎　君', '日程第３　議案第５０号　みなと市税条例の一部を改正する条例について', '', ...roll, ...turns]);
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '会議録署名議員の指名'],
			[2, '一般質問（１２番 中村健二、３番 山田太郎）'],
			[3, '議案第５０号　みなと市税条例の一部を改正する条例について'],
		]);
	});

	test('names without 君, and a bill under its item still part of it', () => {
		const meeting = read(['令和６年第３回くるみ村議会定例会　会議録', '', '令和６年９月９日（月曜日）', '', '議事日程', '日程第１　一般質問', '　　　　　２番　岡田春子', '　　　　　４番　片岡和子議員', '日程第２　委員会付託', '　　　　　議案第１号　くるみ村手数料条例の一部を改正する条例', '', ...roll, ...turns]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['一般質問（２番 岡田春子、４番 片岡和子）', '委員会付託　議案第１号　くるみ村手数料条例の一部を改正する条例']);
	});
});

describe("the 議事日程 read out in the chair's first words", () => {
	const header = ['令和６年第４回さくら町議会定例会会議録（第１号）', '', '令和６年１２月３日（火曜日）', '', '出席議員（２名）', '１番　　大　塚　　　勉　君　　２番　　坂　本　　　仁　君', ''];
	const speech = (list: readonly string[]) => [
		...header,
		'　　　　午前９時３０分開会',
		'○議長（坂本　仁君）　おはようございます。ただいまから会議を開きます。',
		'　本日の議事日程は、次のとおりであります。',
		...list,
		'　日程第１、会議録署名議員の指名を行います。',
		'　会議録署名議員に、１番、大塚勉君を指名します。',
		'　日程第２、会期の決定を議題とします。',
		'○１番（大塚　勉君）　賛成します。',
		'○議長（坂本　仁君）　本日はこれで散会します。',
		'　　　　午前１０時１５分散会',
	];

	test('is the agenda when the header gives none, and no more of the speech', () => {
		const [document] = parseDocuments(speech(['　　日程第１　会議録署名議員の指名', '　　日程第２　会期の決定', '　　日程第３　議案第４０号　さくら町手数料条例の一部を改正する条例']).join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(document?.meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '会議録署名議員の指名'],
			[2, '会期の決定'],
			[3, '議案第４０号　さくら町手数料条例の一部を改正する条例'],
		]);
		const opening = document?.meeting?.remarks[0]?.text ?? '';
		expect(opening).toContain('本日の議事日程は、次のとおりであります。');
		expect(opening).toContain('日程第１、会議録署名議員の指名を行います。');
		expect(opening).not.toContain('日程第２　会期の決定');
	});

	test('a 日程 the chair takes up is no list', () => {
		const meeting = read(speech([]));
		expect(meeting?.agenda).toEqual([]);
		expect(meeting?.remarks[0]?.text).toContain('日程第２、会期の決定を議題とします。');
	});
});

describe('an item too plain to be found by its words', () => {
	test('links to the turn that takes up its 日程', () => {
		const meeting = read(['令和６年第１回かえで町議会臨時会会議録', '', '令和６年１月２６日（金曜日）', '', '出席議員（２名）', '１番　　田　村　　　進　君　　２番　　中　川　良　子　君', '', '議事日程', '　日程第１　会期の決定', '　日程第二　諸般の報告', '', '　　　午前１０時００分開会', '○議長（田村　進君）　ただいまから臨時会を開会します。', '○２番（中川良子君）　議事進行について伺います。', '○議長（田村　進君）　日程第１、会期の決定を議題とします。', '○議長（田村　進君）　日程第二を議題とします。諸般の報告を行います。', '○議長（田村　進君）　以上で閉会します。']);
		expect(meeting?.agenda.map((item) => [item.title, item.remark])).toEqual([
			['会期の決定', 'r3'],
			['諸般の報告', 'r4'],
		]);
	});
});

describe('a 議事日程 headed by its day', () => {
	test('`二月二十八日議事日程第三号` over `第一` / `代表質問` is the agenda', () => {
		const meeting = read(['令和六年東京都議会会議録第三号', '', '令和六年二月二十八日（水曜日）', '出席議員　二名', '一番　　　　　　　青　木　一　郎君', '二番　　　　　　　三　宅　　　明君', '', '二月二十八日議事日程第三号', '第一', '代表質問', '第二', '一般質問', '', '　　午後一時開議', '○議長（三宅明君）　ただいまから本日の会議を開きます。', '○一番（青木一郎君）　質問いたします。', '○議長（三宅明君）　本日はこれをもって散会いたします。']);
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '代表質問'],
			[2, '一般質問'],
		]);
		expect(meeting?.sessionLabel).toBe('令和6年 第3号');
	});
});
