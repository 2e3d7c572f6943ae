/** Officials whose post changes, guests heard by affiliation, and each body's own secretariat. */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { remarkKey, type MeetingRecord, type PeopleIndex, type Person } from '../../src/people/types.ts';

function record(source: string, lines: readonly string[]): MeetingRecord {
	const { meeting } = parseMinutes(lines.join('\n'), { source, sourceHash: '0'.repeat(64) });
	if (!meeting) throw new Error(`${source}: no record`);
	return { id: entryId(meeting), data: meeting };
}

/** The persons the remarks of these labels resolve to. */
function personsOf(index: PeopleIndex, records: readonly MeetingRecord[], labels: readonly string[]): Person[] {
	const keys = records.flatMap((r) => r.data.remarks.filter((remark) => labels.includes(remark.speaker)).map((remark) => remarkKey(r.id, remark.id)));
	expect(keys.length).toBeGreaterThan(0);
	return [...new Set(keys.map((key) => index.byRemark.get(key)))].map((id) => index.byId.get(id ?? '') as Person);
}

const study = (n: string, date: string, officials: string, turns: readonly string[]): MeetingRecord =>
	record(`study-${n}.txt`, [`デジタル社会基盤に関する研究会（第${n}回）議事要旨`, '', `１．日時　${date}１０：００～１２：００`, '２．場所　オンライン開催', '３．出席者', '【構成員】', '鈴木座長、森構成員', '【総務省】', officials, '', '４．議事概要', '', ...turns.flatMap((turn) => [turn, '']), '以上']);

describe('an official whose post changes over the years', () => {
	const records = [
		study('１', '令和３年４月１２日（月）', '山田情報政策課長、中村情報政策課課長補佐', ['事務局（山田課長））', '論点を整理する。', '事務局）', '資料を説明する。']),
		study('５', '令和４年６月２０日（月）', '山田情報政策局長、中村情報政策課長', ['山田局長）', '御意見を踏まえ修正する。', '事務局（中村課長））', '論点整理案を説明する。']),
		study('９', '令和５年５月１５日（月）', '山田情報政策局長、佐藤情報政策課長、鈴木情報政策課課長補佐', ['佐藤課長）', '次回の予定を説明する。']),
	];
	const index = resolvePeople(records);

	test('課長 then 局長 of one unit, never listed together, is one person with both posts', () => {
		const [yamada, ...others] = personsOf(index, records, ['事務局（山田課長）', '山田局長']);
		expect(others).toEqual([]);
		expect(yamada?.attended).toHaveLength(3);
		expect(yamada?.roles.map((role) => role.title)).toEqual(['情報政策課長', '情報政策局長', '情報政策局長']);
		const [nakamura, ...more] = personsOf(index, records, ['事務局（中村課長）']);
		expect(more).toEqual([]);
		expect(nakamura?.labels).toEqual(expect.arrayContaining(['中村情報政策課課長補佐', '中村情報政策課長']));
	});

	test('another surname in the same post stays another person', () => {
		const [sato] = personsOf(index, records, ['佐藤課長']);
		expect(sato?.labels).toEqual(['佐藤情報政策課長', '佐藤課長']);
	});

	test("事務局 is the body's own secretariat, told apart from another body's", () => {
		const board = record('board.txt', ['一般社団法人地域情報協会　第３２回理事会議事録', '', '日　時　令和３年５月２０日（木）午後２時００分～午後３時３０分', '場　所　当協会会議室', '出席理事　齋藤誠（理事長）、小林正', '', '第１号議案　事業報告承認の件', '議長（齋藤理事長）：説明をお願いします。', '事務局：資料１により説明します。', '', '以上']);
		const both = resolvePeople([...records, board]);
		const secretariats = personsOf(both, [...records, board], ['事務局']);
		expect(secretariats).toHaveLength(2);
		expect(new Set(secretariats.map((person) => person.filterName))).toEqual(new Set(['事務局（デジタル社会基盤に関する研究会）', '事務局（一般社団法人地域情報協会　理事会）']));
	});
});

describe('a guest heard by an assembly committee', () => {
	const committee = (date: string, guest: string, turns: readonly string[]): MeetingRecord =>
		record(`committee-${date}.txt`, ['　　　　　　青葉市議会総務常任委員会記録', '', `１　開会日時　　${date}午前１０時`, '２　開会場所　　第１委員会室', '３　出席委員（２名）', '　　　委 員 長　　佐　藤　次　郎', '　　　委　　員　　山　﨑　　　実', '４　欠席委員　　なし', '５　参考人', `　　　${guest}`, '', '　　　　　　　午前１０時　開会', ...turns, '　　　　　　　午前１１時　閉会']);
	const records = [
		committee('令和６年１２月１０日（火）', '南都大学准教授　　森　　　美　香', ['○委員長　開会いたします。', '○参考人（南都大学准教授）　南都大学の森でございます。', '○山﨑委員　取組例はあるか。', '○参考人（南都大学准教授）　近隣市の例がございます。']),
		record('study.txt', ['デジタル社会基盤に関する研究会（第９回）議事要旨', '', '１．日時　令和５年５月１５日（月）１０：００～１２：００', '２．場所　オンライン開催', '３．出席者', '【構成員】', '鈴木 太郎（中央大学 教授）', '森 美香（南都大学 准教授）', '', '４．議事概要', '', '森構成員）', '財源の確保についても記載すべきである。', '', '以上']),
	];
	const index = resolvePeople(records);

	test('参考人（南都大学准教授） is the listed 参考人 of that affiliation, the study group\'s 森 美香, listed as 参考人', () => {
		const [mori, ...others] = personsOf(index, records, ['参考人（南都大学准教授）', '森構成員']);
		expect(others).toEqual([]);
		expect(mori?.remarks).toHaveLength(3);
		// (In the study group she is listed under 【構成員】: a 構成員 there.)
		expect(mori?.roles.map((role) => role.title)).toEqual(['構成員', '参考人']);
		expect(index.diagnostics.filter((d) => d.code === 'unresolved-speaker')).toEqual([]);
	});
});

describe('posts alone and masked members', () => {
	const meeting = (source: string, title: string, roll: readonly string[], turns: readonly string[]): MeetingRecord =>
		record(source, [title, '', '日時：令和６年５月２３日（木）１４時～１５時', '場所：会議室', '', '出席者', ...roll, '', '議事', ...turns]);
	const records = [
		meeting('a.txt', '青葉市情報化推進懇談会（第１回）会議録', ['委員：髙橋健二（会長）、森美香（副会長）、宮崎浩二'], ['○会長　開会します。', '○副会長　意見を述べます。', '○Ａ委員　賛成です。', '○Ｂ委員　反対です。']),
		meeting('b.txt', '一般社団法人地域情報協会 第４４回理事会議事録', ['理事：小林正（理事長）、福田（副会長）'], ['○理事長　開会します。', '○福田副会長　賛成です。']),
		meeting('c.txt', '青葉町議会総務委員会会議録', ['委員：福田正一（委員長）、田中一郎'], ['○福田委員長　開会します。']),
		meeting('b2.txt', '一般社団法人地域情報協会 第４５回理事会議事録', ['理事：小林正（理事長）'], ['○理事長　開会します。', '○福田副会長　賛成です。']),
	];
	const index = resolvePeople(records);

	test("○会長 and ○副会長 are the roll's 会長 and 副会長; Ａ委員 and Ｂ委員 stay two speakers of their own", () => {
		expect(personsOf(index, records, ['会長']).map((person) => person.name)).toEqual(['髙橋健二']);
		expect(personsOf(index, records, ['副会長']).map((person) => person.name)).toEqual(['森美香']);
		expect(personsOf(index, records, ['Ａ委員', 'Ｂ委員'])).toHaveLength(2);
	});

	test("a board's 福田副会長 is its listed 福田, never the namesake another body lists in full", () => {
		const [fukuda, ...others] = personsOf(index, records, ['福田副会長']);
		expect(others).toEqual([]);
		expect(fukuda?.labels).toEqual(['福田（副会長）', '福田副会長']);
		expect(fukuda?.remarks).toHaveLength(2);
		// With no 福田 in the board's rolls, the speaker stays unplaced and reported rather than become the committee's 福田正一.
		const alone = records.filter((r) => r.data.source === 'b2.txt' || r.data.source === 'c.txt');
		const apart = resolvePeople(alone);
		const [speaker] = personsOf(apart, alone, ['福田副会長']);
		expect(speaker?.name).toBe('福田');
		expect(apart.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['b2.txt unresolved-speaker']);
	});
});

describe("a board's titles outside a board", () => {
	test("an agency's 理事 among the 説明者 stays a presenter of the study group, and speaks as 山田理事", () => {
		const records = [
			record('d.txt', ['情報セキュリティ検討会（第３回）議事要旨', '', '１．日時　令和６年５月２３日（木）１４時～１５時', '２．場所　会議室', '３．出席者', '【構成員】', '後藤座長、小山構成員', '【説明者】', '独立行政法人情報処理推進機構　山田理事', '', '４．議事概要', '', '山田理事）', '説明する。', '', '以上']),
		];
		const index = resolvePeople(records);
		const [yamada, ...others] = personsOf(index, records, ['山田理事']);
		expect(others).toEqual([]);
		expect(yamada?.kind).toBe('presenter');
		expect(yamada?.attended).toHaveLength(1);
		expect(index.diagnostics).toEqual([]);
	});
});
