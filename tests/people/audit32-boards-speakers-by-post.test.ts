/**
 * Speakers a board's or a hearing's record labels by post or seat, matched to the roll of their meeting: an official's post alone
 * (`市長`, `こども未来課長`) or who chairs by the post they hold (`議長（会長）`, `司会（企画課長）`) is the roll's holder of that post;
 * a branch's head named whole (`東谷支所長`) is the roll's `東谷支所長　荒木　誠`; a seat (`５番委員`) is the member the roll lists
 * in it (`５番　田中　三郎`); a member by surname (`石井委員`) is a name listed without a post in a roll of everyone; and a staff
 * member in brackets after the office (`事務局（岡本補佐）`) is the office's 岡本.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { resolvePeople } from '../../src/people/resolve.ts';

function resolve(lines: readonly string[]) {
	const { meeting } = parseMinutes(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
	if (!meeting) throw new Error('no record');
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	const who = (label: string) => index.persons.filter((person) => person.labels.includes(label)).map((person) => person.name.replace(/[ \u3000]/gu, ''));
	// (Names compared without the space between surname and given name, which the roll's padding decides.)
	return { who, messages: index.diagnostics.map((d) => d.message) };
}

describe('speakers by post or seat, matched to the roll', () => {
	test("a city's officials by post alone, and who chairs by the post held", () => {
		const { who, messages } = resolve([
			'東町地区まちづくり懇談会　会議録',
			'',
			'日　時　令和６年１０月５日（土）午後７時～午後８時３０分',
			'場　所　東町公民館　大ホール',
			'市側出席者　市長　大川　誠、企画課長　森　隆、東谷支所長　荒木　誠',
			'',
			'司会（企画課長）：ただいまから懇談会を開会します。',
			'市長：本日はお集まりいただきありがとうございます。',
			'東谷支所長：支所の窓口は続けます。',
			'企画課長：以上で終わります。',
		]);
		expect(who('市長')).toEqual(['大川誠']);
		expect(who('企画課長')).toEqual(['森隆']);
		expect(who('司会（企画課長）')).toEqual(['森隆']);
		expect(who('東谷支所長')).toEqual(['荒木誠']);
		expect(messages).toEqual([]);
	});

	test("an agricultural committee's seats and its chair", () => {
		const { who, messages } = resolve([
			'令和６年第５回北川町農業委員会総会議事録',
			'',
			'１　開催日時　令和６年５月１０日（金）午後１時３０分',
			'２　開催場所　北川町役場　２階第１会議室',
			'３　出席委員',
			'　　１番　山田　太郎　　　５番　田中　三郎',
			'　　１０番　加藤　八郎（会長）',
			'',
			'議長（会長）　ただいまから総会を開会します。',
			'５番委員　営農計画は確認されていますか。',
			'議長（会長）　以上で閉会します。',
		]);
		expect(who('５番委員')).toEqual(['田中三郎']);
		expect(who('議長（会長）')).toEqual(['加藤八郎']);
		expect(messages).toEqual([]);
	});

	test('members without a post in a roll of everyone, and the office’s staff in brackets', () => {
		const { who, messages } = resolve([
			'第３回南野市地域公共交通会議　議事録',
			'',
			'日時：令和６年８月２２日（木）１４時００分～１５時３０分',
			'場所：南野市役所　本庁舎３階　大会議室',
			'出席者：',
			'　中島　恵（委員長）',
			'　石井　健太',
			'事務局：都市政策課　岡本補佐、木村主事',
			'',
			'委員長：定刻になりましたので開会します。',
			'事務局（岡本補佐）：資料１について説明します。',
			'石井委員：利用者数の増加は、どの路線で顕著でしょうか。',
		]);
		expect(who('委員長')).toEqual(['中島恵']);
		expect(who('石井委員')).toEqual(['石井健太']);
		expect(who('事務局（岡本補佐）')).toHaveLength(1);
		expect(who('事務局（岡本補佐）')[0]).toMatch(/^岡本/u);
		expect(messages).toEqual([]);
	});
});
