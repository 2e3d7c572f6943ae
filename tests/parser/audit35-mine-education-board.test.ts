/**
 * Education boards' 会議録 as prefectures, wards and cities publish them: every turn's words in quotation brackets
 * (`○吉岡教育長 「…」`), the clerk under `○担当書記` with the name padded a space a letter, who signs the record
 * (`○会議録署名委員`), the place `招集の場所`, and those who sit in by the board's rules numbered as the header's next item
 * (`５　…会議規則第４条により列席したもの`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

function read(text: string) {
	const [result] = parseDocuments(text, { source: 'board.txt', sourceHash: '0'.repeat(64) });
	const meeting = result?.meeting;
	return {
		location: meeting?.location ?? null,
		groups: (meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => member.name)]),
		remarks: (meeting?.remarks ?? []).map((remark) => [remark.speaker, remark.text]),
		warnings: (result?.diagnostics ?? []).map((diagnostic) => diagnostic.message),
	};
}

describe('an education board whose turns are quoted', () => {
	const { remarks } = read(`令和６年度第８回（定例）教育委員会議事録

<開会>
 令和６年１０月１１日
 １０時３０分

<会議場所>
 教育委員室

<委員出欠>
 北村正人(出席)
 小西由美(出席)

<議事内容>

○吉岡教育長 「北村委員、小西委員おそろいですね。それでは、ただ今から定例教育委員会を開催いたします。」

○中島学校教育課長 「通学区域の見直しについて説明します。「通学区域検討委員会」の答申を踏まえました。」

○北村委員 「統合による影響は」と保護者から聞かれています。配慮はありますか。

○吉岡教育長 「原案どおり可決してよろしいですか。」

（全委員異議なし）
`);

	test('the brackets around a whole turn are no part of its words', () => {
		expect(remarks[0]).toEqual(['吉岡教育長', '北村委員、小西委員おそろいですね。それでは、ただ今から定例教育委員会を開催いたします。']);
		// (A quotation inside the words stays.)
		expect(remarks[1]?.[1]).toBe('通学区域の見直しについて説明します。「通学区域検討委員会」の答申を踏まえました。');
	});

	test('words that quote and go on keep their brackets', () => {
		expect(remarks[2]?.[1]).toBe('「統合による影響は」と保護者から聞かれています。配慮はありますか。');
	});

	test('a note after the quoted words stays as it is', () => {
		expect(remarks[3]?.[1]).toMatch(/^原案どおり可決してよろしいですか。/u);
		expect(remarks[3]?.[1]).not.toMatch(/」/u);
	});
});

describe("a ward's education board: the clerk and who signs", () => {
	test('`○担当書記` is a roll of its own with the padded name read, `○会議録署名委員` no member', () => {
		const { groups, warnings } = read(`みなみ区教育委員会会議録

○開会日　令和６年６月２８日（金）
○場　所　みなみ区教育委員会室

○出席委員
　みなみ区教育委員会教育長　　田　辺　裕　美
　みなみ区教育委員会委員　　　大　島　やよい

○出席した関係職員
　指導室長　　　　　　　　　　川　島　隆　宏

○担当書記
　　　　　　　　　　　　　　　仲　谷　陽　子

○会議録署名委員
　委　員　　　　　　　　　　　大　島　やよい

○傍聴者数　　３人

午前１０時００分開会

田辺教育長
　おはようございます。教育委員会第２０回定例会を開会いたします。

大島委員
　よろしくお願いいたします。
`);
		expect(groups).toEqual([
			['出席委員', ['田辺裕美', '大島 やよい']],
			['出席した関係職員', ['川島隆宏']],
			['担当書記', ['仲谷陽子']],
		]);
		expect(warnings).toEqual([]);
	});
});

describe("a city's education board in numbered items", () => {
	test('the place `招集の場所` and those who sit in by the rules, a roll of their own', () => {
		const { location, groups, warnings } = read(`教育委員会会議録
令和６年３月２３日開催
ひがし市教育委員会

１　開会の日時　　令和６年３月２３日（土）　午後２時００分
２　閉会の日時　　令和６年３月２３日（土）　午後３時３０分
３　招集の場所　　市民会館会議室１
４　出席委員の氏名
　　　教育長　倉橋　德彦
　　　委　員　塩見　佳扶子
５　ひがし市教育委員会会議規則第４条により列席したもの
　　　教育部長　　　　　　　　池田　聡
　　　教育総務課長　　　　　　芦田　誠
６　傍聴者数　　２人

教育委員会会議録

１．開会
倉橋教育長が開会を宣告。

２．議事
塩見委員：使用料の改定はいつからになりますか。
芦田教育総務課長：４月１日からの適用を予定しております。
`);
		expect(location).toBe('市民会館会議室１');
		expect(groups).toEqual([
			['出席委員の氏名', ['倉橋　德彦', '塩見　佳扶子']],
			['ひがし市教育委員会会議規則第４条により列席したもの', ['池田　聡', '芦田　誠']],
		]);
		expect(warnings).toEqual([]);
	});
});

describe('a body every city has, named in full under the title', () => {
	const series = (text: string) => parseDocuments(text, { source: 'board.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.series;
	const minutes = (under: string) => `教育委員会会議録
${under}

１　開会の日時　　令和６年３月２３日（土）　午後２時００分
２　招集の場所　　市民会館会議室１
３　出席委員の氏名
　　　教育長　倉橋　德彦
　　　委　員　塩見　佳扶子

教育委員会会議録

塩見委員：使用料の改定はいつからになりますか。
倉橋教育長：４月１日からの適用を予定しております。
`;

	test('`ひがし市教育委員会` under `教育委員会会議録` names the series', () => {
		expect(series(minutes('令和６年３月２３日開催\nひがし市教育委員会'))).toBe('ひがし市教育委員会');
		expect(series(minutes('にし町教育委員会'))).toBe('にし町教育委員会');
	});

	test('a line that is not the series with its place before it leaves the series as the title names it', () => {
		expect(series(minutes('令和６年３月２３日開催\nひがし市教育総務課'))).toBe('教育委員会');
		expect(series(minutes('令和６年３月２３日開催'))).toBe('教育委員会');
	});
});
