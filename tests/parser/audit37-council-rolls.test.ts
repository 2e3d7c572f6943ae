/**
 * A prefecture's 審議会 roll padded to its columns: a name padded a space a letter with the affiliation in a bracket after it, a
 * role's row listing names at 、 with more such rows under it, a role padded with ASCII spaces over names below, and the clerks
 * of an office listed as such (`議事課各書記`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments, parseNameLabel } from '../../src/parser/index.ts';

const roll = (rows: readonly string[]) =>
	parseDocuments(['令和６年度第２回　やまなみ県環境審議会　議事録', '', '１　日時　令和６年１１月２５日（月）午後１時３０分から午後３時３０分まで', '２　場所　やまなみ県庁　西庁舎７階　大会議室', '３　出席委員', ...rows, '', '（会長）', '　ただいまから審議会を開会します。', '（木下委員）', '　削減目標は国と整合を取る必要があります。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.map((group) =>
		group.members.map((member) => [member.name, member.title, member.affiliation]),
	);

describe('a name padded to its column, the affiliation in a bracket after it', () => {
	test('the given name of one letter is the name, the bracket the affiliation', () => {
		expect(roll(['　会　長　　本　多　　　隆　（やまなみ大学名誉教授）', '　副会長　　市　川　律　子　（県消費者団体連絡協議会）'])).toEqual([
			[
				['本多 隆', '会長', 'やまなみ大学名誉教授'],
				['市川律子', '副会長', '県消費者団体連絡協議会'],
			],
		]);
	});

	test('a name written whole keeps its affiliation without the bracket', () => {
		expect(roll(['　会　長　　本多　隆　（やまなみ大学名誉教授）'])).toEqual([[['本多　隆', '会長', 'やまなみ大学名誉教授']]]);
	});
});

describe('a role many hold over names listed at 、', () => {
	test('the names on the rows under the role hold it too', () => {
		expect(roll(['　会　長　　本　多　　　隆', '　委　員　　上　野　勝　男、太　田　　　誠', '　　　　　　久　保　田　恵、小　林　　　哲', '　　　　　　木　下　浩　二'])).toEqual([
			[
				['本多 隆', '会長', null],
				['上野勝男', '委員', null],
				['太田 誠', '委員', null],
				['久保田恵', '委員', null],
				['小林 哲', '委員', null],
				['木下浩二', '委員', null],
			],
		]);
	});

	test('a role padded with ASCII spaces holds the names below it', () => {
		expect(roll(['　会  長　　　　高　木　正　彦', '　委  員　　　　内　田　智　子', '　　　　　　　　　河　野　信　夫', '　　　　　　　　　佐　伯　和　美'])).toEqual([
			[
				['高木正彦', '会長', null],
				['内田智子', '委員', null],
				['河野信夫', '委員', null],
				['佐伯和美', '委員', null],
			],
		]);
	});
});

describe('the clerks of an office', () => {
	test.each(['議事課各書記', '文書課各書記'])('%s names no one', (label) => {
		expect(parseNameLabel(label)).toEqual({ name: null, title: label, affiliation: null });
	});
});

describe('a roll set by the sectors its members come from, the names listed at 、', () => {
	test('each name holds its sector, or its role with the sector as affiliation', () => {
		expect(roll(['　学識経験者　　　西村　俊介（会長）、野田　恵美、浜口　修', '　市議会議員　　　樋口　大輔、福島　奈々', '　　　　　　　　　松岡　健太'])).toEqual([
			[
				['西村　俊介', '会長', '学識経験者'],
				['野田　恵美', '学識経験者', null],
				['浜口　修', '学識経験者', null],
				['樋口　大輔', '市議会議員', null],
				['福島　奈々', '市議会議員', null],
				['松岡　健太', '市議会議員', null],
			],
		]);
	});

	test('residents named as a sector (`市民`) are its members too', () => {
		expect(roll(['　学識経験者　　　西村　俊介（会長）、野田　恵美', '　市民　　　　　　堀　智恵、松岡　健太'])).toEqual([
			[
				['西村　俊介', '会長', '学識経験者'],
				['野田　恵美', '学識経験者', null],
				['堀　智恵', '市民', null],
				['松岡　健太', '市民', null],
			],
		]);
	});
});

describe('a section named with ・ in a ministry official\'s post', () => {
	test('the post is one official, no two people', () => {
		const groups = parseDocuments(['地域産業活性化ワーキング・グループ（第７回）議事概要', '', '１．日時：令和６年６月２０日（木）１６：００～１８：００', '２．場所：中央合同庁舎第８号館', '３．出席者：', '（委員）岸本座長、小池委員', '（説明者）', '　農林水産省経営局　就農・女性課長', '４．議題：', '（１）農地の利活用について', '５．議事概要：', '・岸本座長より、検討を進めるよう発言があった。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants;
		const heard = groups?.find((group) => group.group === '説明者')?.members;
		expect(heard?.length).toBe(1);
		expect(heard?.[0]?.name).toBeNull();
		expect(heard?.[0]?.title).toContain('就農・女性課長');
	});
});

describe('the clerk under the head of the office in a board\'s roll', () => {
	test('書記 with a name under 事務局長 is one more of the roll, no group of its own', () => {
		const groups = parseDocuments(['令和６年第３回ひがし市選挙管理委員会定例会議事録', '', '１　日時　令和６年９月１０日（火）午前１０時００分', '２　場所　ひがし市役所　選挙管理委員会室', '３　出席者', '委員長　　中西　達也', '委員　　沢田　浩', '事務局長　　岡　直人', '書記　　前川　理沙', '', '委員長　ただいまから開会します。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants;
		expect(groups?.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			[
				'出席者',
				[
					['中西　達也', '委員長'],
					['沢田　浩', '委員'],
					['岡　直人', '事務局長'],
					['前川　理沙', '書記'],
				],
			],
		]);
	});
});
