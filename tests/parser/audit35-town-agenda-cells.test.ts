/**
 * A town's 議事日程 set out as a table and copied one cell per line (a Word or PDF table, a web page's cells): its column
 * heads, each item's number alone, the bill's number and the item's words in cells of their own, blank cells and a column of
 * remarks; and a village's 議事日程 with each `日程第N` alone over its words, the first of them `会議録署名議員の指名`.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const closing = ['', '○議長（石田　勝君）　ただいまから本日の会議を開きます。', '○３番（森　和男君）　質問します。', '○議長（石田　勝君）　これで散会します。'];

const roll = ['', '出席議員（３名）', '１番　石　田　　　勝　　２番　内　田　　　修', '３番　森　和　男'];

describe('a 議事日程 copied from a table one cell per line', () => {
	const table = [
		'令和６年第２回ほしの町議会臨時会会議録',
		'令和６年５月１４日（火曜日）',
		'',
		'○議事日程',
		'日程番号',
		'議件番号',
		'議　件　名　等',
		'１',
		'',
		'会議録署名議員の指名',
		'２',
		'',
		'会期の決定',
		'３',
		'報告第３号',
		'専決処分の報告について',
		'４',
		'議案第２１号',
		'ほしの町税条例の一部を改正する条例の制定について',
		...roll,
		...closing,
	];

	test('has an item per number, the bill and its words one title, the heads and blank cells none', () => {
		const { meeting } = parseLines(table, 'hoshino.txt');
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '会議録署名議員の指名'],
			[2, '会期の決定'],
			[3, '報告第３号　専決処分の報告について'],
			[4, '議案第２１号　ほしの町税条例の一部を改正する条例の制定について'],
		]);
		expect(meeting?.participants.find((group) => group.group === '出席議員')?.members).toHaveLength(3);
	});

	test('leaves the column of remarks out of the items', () => {
		const remarked = [
			'令和６年第１回あおば村議会定例会　会議録',
			'令和６年３月１２日',
			'',
			'議事日程（第２号）',
			'日程',
			'議案番号',
			'件名',
			'備考',
			'第１',
			' ',
			'会議録署名議員の指名',
			'指名',
			'第２',
			'議案第５号',
			'あおば村介護保険条例の一部を改正する条例について',
			'質疑・討論・採決',
			...roll,
			...closing,
		];
		const { meeting } = parseLines(remarked, 'aoba.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['会議録署名議員の指名', '議案第５号　あおば村介護保険条例の一部を改正する条例について']);
	});
});

describe('a 議事日程 with each number alone over its words', () => {
	test('reads 会議録署名議員の指名 as the first item, not the field of the signers', () => {
		const lines = [
			'令和５年第４回みなみ村議会定例会会議録（第１号）',
			'令和５年１２月５日（火曜日）',
			...roll,
			'',
			'議事日程（第１号）',
			'日程第１',
			'会議録署名議員の指名',
			'日程第２',
			'会期の決定',
			'日程第３',
			'議案第４０号',
			'みなみ村手数料条例の一部を改正する条例について',
			...closing,
		];
		const { meeting } = parseLines(lines, 'minami.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['会議録署名議員の指名', '会期の決定', '議案第４０号　みなみ村手数料条例の一部を改正する条例について']);
	});
});
