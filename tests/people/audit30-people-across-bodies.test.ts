/** One person per person across bodies and years: spellings, roll styles, posts named alone and a board's labels. */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { findMisreadPersons } from '../../src/people/misread.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { remarkKey, type MeetingRecord, type PeopleIndex, type Person } from '../../src/people/types.ts';

function record(source: string, lines: readonly string[]): MeetingRecord {
	const { meeting } = parseMinutes(lines.join('\n'), { source, sourceHash: '0'.repeat(64) });
	if (!meeting) throw new Error(`${source}: no record`);
	return { id: entryId(meeting), data: meeting };
}

/** The one person every remark of these labels resolves to (fails when they split). */
function personOf(index: PeopleIndex, records: readonly MeetingRecord[], labels: readonly string[]): Person {
	const keys = records.flatMap((r) => r.data.remarks.filter((remark) => labels.includes(remark.speaker)).map((remark) => remarkKey(r.id, remark.id)));
	expect(keys.length).toBeGreaterThan(0);
	const ids = new Set(keys.map((key) => index.byRemark.get(key)));
	expect([...ids], `${labels.join(', ')} resolve to one person`).toHaveLength(1);
	const person = index.byId.get([...ids][0] ?? '');
	if (!person) throw new Error('no person');
	return person;
}

/** A ministry study group's 議事要旨 (rolls by full name one year, by surname the next). */
const study = (n: string, date: string, roll: readonly string[], turns: readonly string[]): MeetingRecord =>
	record(`study-${n}.txt`, [`デジタル社会基盤に関する研究会（第${n}回）議事要旨`, '', `１．日時　${date}１０：００～１２：００`, '２．場所　オンライン開催', '３．出席者', ...roll, '', '４．議事概要', '', ...turns.flatMap((turn) => [turn, '']), '以上']);

describe('a study group whose rolls change style over the years', () => {
	const records = [
		study('１', '令和３年４月１２日（月）', ['【構成員】', '佐藤 一郎（東都大学 准教授）', '佐藤 花子（日本情報協会 主任研究員）', '髙橋 健二（西都大学 教授）', '渡邊 裕子（弁護士）'], [
			'髙橋構成員）', '基盤の整備について意見を述べる。', '佐藤（一）構成員）', '国際的な動向を踏まえたい。', '佐藤（花）構成員）', '利用者の視点も必要である。',
		]),
		study('２', '令和３年１０月５日（火）', ['【構成員】', '髙橋構成員、佐藤（一）構成員、渡邊構成員'], ['髙橋構成員）', '人材の確保はどうか。', '佐藤（一）構成員）', '海外の事例を参考にすべきである。']),
		study('５', '令和４年６月２０日（月）', ['【構成員】', '高橋座長、佐藤（花）構成員、渡辺構成員'], ['髙橋座長）', '論点整理案について議論したい。', '渡辺構成員）', '法的な整理が必要である。']),
		study('９', '令和５年５月１５日（月）', ['【構成員】', '佐藤構成員、高橋構成員'], ['高橋構成員）', '異論はない。']),
	];
	const index = resolvePeople(records);

	test('髙橋 and 高橋, by full name and by surname, as 構成員 and 座長: one person with every remark and both posts', () => {
		const person = personOf(index, records, ['髙橋構成員', '髙橋座長', '高橋構成員']);
		expect(person.remarks).toHaveLength(4);
		expect(person.attended).toHaveLength(4);
		// (Listed by full name under 【構成員】, the member holds 構成員 there too.)
		expect(new Set(person.roles.map((role) => role.title))).toEqual(new Set(['構成員', '座長']));
		// Every spelling is kept as seen.
		expect(person.labels).toEqual(expect.arrayContaining(['髙橋 健二（西都大学 教授）', '髙橋構成員', '高橋座長', '髙橋座長', '高橋構成員']));
	});

	test('佐藤（一）構成員 is 佐藤 一郎 and 佐藤（花）構成員 is 佐藤 花子, in every meeting; 佐藤構成員 with both known stays apart', () => {
		const ichiro = personOf(index, records, ['佐藤（一）構成員']);
		expect(ichiro.name).toBe('佐藤 一郎');
		expect(ichiro.attended).toHaveLength(2);
		const hanako = personOf(index, records, ['佐藤（花）構成員']);
		expect(hanako.name).toBe('佐藤 花子');
		expect(hanako.attended).toHaveLength(2);
		const plain = index.persons.find((person) => person.labels.includes('佐藤構成員'));
		expect(plain?.id).not.toBe(ichiro.id);
		expect(plain?.id).not.toBe(hanako.id);
	});

	test('渡邊 and 渡辺 are one person', () => {
		const person = personOf(index, records, ['渡辺構成員']);
		expect(person.labels).toEqual(expect.arrayContaining(['渡邊 裕子（弁護士）', '渡邊構成員', '渡辺構成員']));
		expect(person.attended).toHaveLength(3);
	});
});

/** A city assembly committee's record: the roll spaces every character of a name apart. */
const committee = (date: string, roll: readonly string[], turns: readonly string[]): MeetingRecord =>
	record(`committee-${date}.txt`, ['　　　　　　青葉市議会総務常任委員会記録', '', `１　開会日時　　${date}午前１０時`, '２　開会場所　　第１委員会室', '３　出席委員（４名）', ...roll, '４　欠席委員　　なし', '', '　　　　　　　午前１０時　開会', ...turns, '　　　　　　　午前１０時４０分　閉会']);

describe('a committee whose chair speaks as ○委員長', () => {
	const records = [
		committee('令和３年６月１４日（月）', ['　　　委 員 長　　田　中　一　郎', '　　　副委員長　　佐　藤　次　郎', '　　　委　　員　　藤　田　恵　子', '　　　委　　員　　山　﨑　　　実'], [
			'○委員長　ただいまから総務常任委員会を開会いたします。', '○佐藤副委員長　費用はいくらか。', '○藤田委員　件数の見込みはどうか。', '○山崎委員　周知はどうするのか。', '○委員長　以上で閉会いたします。',
		]),
		committee('令和５年９月１２日（火）', ['　　　委 員 長　　佐　藤　次　郎', '　　　副委員長　　藤　田　恵　子', '　　　委　　員　　山　崎　　　実', '　　　委　　員　　佐　藤　美　穂'], [
			'○委員長　ただいまから総務常任委員会を開会いたします。', '○佐藤委員　利用率はどうか。', '○藤田副委員長　高齢者への支援はあるか。', '○委員長　以上で閉会いたします。',
		]),
	];
	const index = resolvePeople(records);

	test('○委員長 is the roll\'s 委員長 of each meeting: 田中一郎 in one, 佐藤次郎 (副委員長 before) in the other', () => {
		const [first, second] = records;
		const chairOf = (meeting: MeetingRecord | undefined) => index.byId.get(index.byRemark.get(remarkKey(meeting?.id ?? '', meeting?.data.remarks[0]?.id ?? '')) ?? '');
		expect(chairOf(first)?.name).toBe('田中一郎');
		expect(chairOf(second)?.name).toBe('佐藤次郎');
		const sato = personOf(index, records, ['佐藤副委員長']);
		expect(sato.id).toBe(chairOf(second)?.id);
		expect(sato.remarks).toHaveLength(3);
		expect(new Set(sato.roles.map((role) => role.title))).toEqual(new Set(['副委員長', '委員長']));
		expect(index.persons.some((person) => person.name === '委員長')).toBe(false);
	});

	test('members by surname are the roll\'s full names: 藤田委員, 山崎委員 (山﨑 in the roll), 佐藤委員 the 委員 of two 佐藤', () => {
		expect(personOf(index, records, ['藤田委員', '藤田副委員長']).name).toBe('藤田恵子');
		const yamazaki = personOf(index, records, ['山崎委員']);
		expect(yamazaki.attended).toHaveLength(2);
		expect(yamazaki.labels).toEqual(expect.arrayContaining(['委員　山　﨑　実', '委員　山　崎　実']));
		expect(personOf(index, records, ['佐藤委員']).name).toBe('佐藤美穂');
		expect(index.diagnostics.filter((d) => d.code === 'unresolved-speaker' || d.code === 'ambiguous-speaker')).toEqual([]);
	});
});

/** An association's board minutes: 出席理事 by full name, labels by post, in the chair, by given name. */
const board = (n: string, date: string, roll: readonly string[], turns: readonly string[]): MeetingRecord =>
	record(`board-${n}.txt`, [`一般社団法人地域情報協会　第${n}回理事会議事録`, '', `日　時　${date}午後２時００分～午後３時３０分`, '場　所　当協会会議室', ...roll, '', '第１号議案　事業報告承認の件', ...turns, '', '以上']);

describe('a board whose members speak by post, in the chair, and by given name', () => {
	const records = [
		board('３２', '令和３年５月２０日（木）', ['出席理事　齋藤誠（理事長）、小林正（専務理事）、小林和子、渡邊裕子、大野健', '出席監事　西村浩', '事務局　中島弘（事務局長）'], [
			'議長（齋藤理事長）：事務局から説明をお願いします。', '事務局（中島）：資料１により説明します。', '小林（和）理事：参加者数が減った理由は何ですか。', '渡邊理事：オンライン研修を提案します。', '和子理事：賛成です。', '正専務理事：来年度は地方開催も再開します。', '西村監事：適正に処理されています。',
		]),
		board('４４', '令和６年５月２３日（木）', ['出席理事　小林 正（理事長）、小林 和子（専務理事）、渡辺 裕子、大野 健', '出席監事　西村 浩', '事務局　中島 弘（事務局長）'], [
			'議長（小林理事長）：事務局から説明してください。', '大野理事：賛成です。', '渡辺理事：異議ありません。',
		]),
	];
	const index = resolvePeople(records);

	test('every label is its listed person, and nothing is left unresolved', () => {
		expect(personOf(index, records, ['議長（齋藤理事長）']).name).toBe('齋藤誠');
		expect(personOf(index, records, ['事務局（中島）']).name).toBe('中島弘');
		expect(personOf(index, records, ['小林（和）理事', '和子理事']).name).toBe('小林和子');
		const tadashi = personOf(index, records, ['正専務理事', '議長（小林理事長）']);
		expect(new Set(tadashi.roles.map((role) => role.title))).toEqual(new Set(['専務理事', '理事長']));
		expect(personOf(index, records, ['西村監事']).attended).toHaveLength(2);
		expect(personOf(index, records, ['渡邊理事', '渡辺理事']).attended).toHaveLength(2);
		expect(personOf(index, records, ['大野理事']).attended).toHaveLength(2);
		expect(index.diagnostics.filter((d) => d.code === 'unresolved-speaker' || d.code === 'ambiguous-speaker')).toEqual([]);
	});

	test('the board members are members of the body', () => {
		expect(personOf(index, records, ['大野理事']).kind).toBe('member');
	});
});

describe('spellings of old and new forms', () => {
	test('齋藤 and 齊藤 of one body, never together, are reported as 斎藤 and 斉藤 would be', () => {
		const records = [
			study('１', '令和３年４月１２日（月）', ['【構成員】', '齋藤 誠（北都大学 教授）、森 美香（南都大学 准教授）'], ['齋藤構成員）', '意見を述べる。']),
			study('２', '令和４年４月１２日（火）', ['【構成員】', '齊藤 誠（北都大学 教授）、森 美香（南都大学 准教授）'], ['齊藤構成員）', '意見を述べる。']),
		];
		const index = resolvePeople(records);
		const reports = findMisreadPersons(index.persons, new Map(records.map((r) => [r.id, r.data.source])));
		expect(reports.map((report) => report.diagnostic.message)).toEqual([expect.stringMatching(/^"齊藤" \(1 meeting\) and "齋藤" \(1 meetings\) differ only by/u)]);
	});
});

describe('a surname that only starts another name', () => {
	test('森構成員 is not 森田花子, listed by full name the year before; 森田構成員 is', () => {
		const records = [
			study('１', '令和３年４月１２日（月）', ['【構成員】', '鈴木 太郎（中央大学 教授）', '森田花子（南都大学 准教授）'], ['森田構成員）', '意見を述べる。']),
			study('２', '令和４年４月１２日（火）', ['【構成員】', '鈴木座長、森構成員、森田構成員'], ['森構成員）', '賛成する。', '森田構成員）', '異論はない。']),
		];
		const index = resolvePeople(records);
		const morita = personOf(index, records, ['森田構成員']);
		expect(morita.name).toBe('森田花子');
		expect(morita.attended).toHaveLength(2);
		const mori = personOf(index, records, ['森構成員']);
		expect(mori.id).not.toBe(morita.id);
		expect(mori.attended).toHaveLength(1);
	});
});
