/**
 * Assembly records of the twelfth audit: the rolls of officials and staff whose rows write the post above again as a
 * ditto mark (`〃　次長　加藤七子君` under `総務部長`, `〃　伊藤九郎君` under `財政課長`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf } from './unseen-helpers.ts';

const sitting = [
	'令和６年第２回南山市議会定例会会議録（第３号）',
	'',
	'令和６年６月１２日（水曜日）',
	'',
	'○出席議員（２名）',
	'　　１番　　山　田　太　郎　君　　　　２番　　鈴　木　一　郎　君',
	'',
	'○説明のため出席した者',
	'　市長　　　　　　中　村　五　郎　君',
	'　総務部長　　　　小　林　六　郎　君',
	'　〃　次長　　　　加　藤　七　子　君',
	'　財政課長　　　　吉　田　八　郎　君',
	'　〃　　　　　　　伊　藤　九　郎　君',
	'',
	'○職務のため出席した事務局職員',
	'　事務局長　　　　斎　藤　十　郎　君',
	'　〃　次長　　　　松　本　一　子　君',
	'',
	'　　　　午前１０時開議',
	'○議長（山田太郎君）　ただいまから本日の会議を開きます。',
	'○２番（鈴木一郎君）　財政について伺います。',
	'○市長（中村五郎君）　お答えいたします。',
];

describe('an assembly’s roll of officials with ditto rows', () => {
	const result = parseLines(sitting);
	const groups = result.meeting?.participants ?? [];
	const roll = (index: number) => rollsOf(result)[index]?.[1];

	test('a ditto row takes the post above, or the office of the head above before a post of its own', () => {
		expect(roll(1)).toEqual(['市長 中村五郎', '総務部長 小林六郎', '総務部次長 加藤七子', '財政課長 吉田八郎', '財政課長 伊藤九郎']);
		expect(roll(2)).toEqual(['事務局長 斎藤十郎', '事務局次長 松本一子']);
	});

	test('the entry keeps the ditto mark as written', () => {
		expect(groups[1]?.members[4]?.text).toBe('〃　　　　　　　伊　藤　九　郎　君');
	});
});

describe('a 広域連合議会 whose name is long', () => {
	test('keeps its session (`令和６年第２回定例会`) with the name between the number and 定例会', () => {
		const result = parseLines(['令和６年第２回みなみ県後期高齢者医療広域連合議会定例会会議録', '', '令和６年１１月２０日（水曜日）', '', '○出席議員（２名）', '　１番　佐藤一郎君　　２番　鈴木花子君', '', '　　　　午後２時開議', '○議長（佐藤一郎君）　ただいまから本日の会議を開きます。', '○２番（鈴木花子君）　質問いたします。']);
		expect(result.meeting?.series).toBe('みなみ県後期高齢者医療広域連合議会');
		expect(result.meeting?.title).toBe('みなみ県後期高齢者医療広域連合議会 令和6年第2回定例会');
	});
});

describe('an 一部事務組合議会 whose header lists the members called (応招) and then those present', () => {
	test('one roll of the same members, read once', () => {
		const result = parseLines(['令和6年第4回あさか地区衛生組合議会定例会会議録', '', '令和6年12月23日(月曜日)', '', '○応招議員 (2名)', '  1番 石 井 和 夫 議員    2番 岡 田 ゆ か 議員', '○不応招議員 (なし)', '○出席議員 (2名)', '  1番 石 井 和 夫 議員    2番 岡 田 ゆ か 議員', '', '        午前10時開議', '○議長(石井和夫議員) ただいまから本日の会議を開きます。', '○2番(岡田ゆか議員) 質問いたします。']);
		expect(result.meeting?.participants.map((group) => group.group)).toEqual(['出席議員']);
		expect(result.meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['石井和夫', '岡田ゆか']);
	});
});

describe('a town’s assembly of children (audit 13)', () => {
	test('`令和６年度　おみ村子ども議会　会議録` names the series おみ村子ども議会, not the file', () => {
		const result = parseLines(
			[
				'令和６年度　おみ村子ども議会　会議録',
				'',
				'１　日　時　令和６年１１月２２日（金）　午前１０時３０分開会　午前１１時５０分閉会',
				'２　場　所　おみ村役場　議場',
				'',
				'○　子ども議長　ただ今から、令和６年度おみ村子ども議会を開会します。',
				'○　議長（宮下光晴君）　皆さんこんにちは。おみ村議会議長の宮下でございます。',
				'○　村長（大樂一雄君）　皆さんの声を聞きながら、明るい村づくりにつなげていきたいと思います。',
				'○　子ども議長　以上で閉会します。',
			],
			'14-kodomo-gikai.txt',
		);
		expect([result.family, result.meeting?.series]).toEqual(['assembly', 'おみ村子ども議会']);
		expect(result.diagnostics.map((d) => d.message).join('\n')).not.toContain('the assembly is not named');
	});
});
