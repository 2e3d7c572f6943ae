/**
 * A prefectural or city assembly's sitting copied from a minutes viewer's page (DiscussNet's 本文 view): its tool bars
 * (`文書・発言の移動 …`, `発言者表示切り替え 全 9 発言 / ヒット 0 発言`), its index of the record's speeches (`選択 3 : ◯…`), each
 * speech numbered (`3: ◯…`), and labels whose opening bracket the copy lost (`◯議長新川篤志君)`, `◯議長竹野兼主議員)`). Before, the
 * index's entries were read as turns (5 remarks, none of them a speech); the speeches themselves were lost.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const PAGE = `令和5年12月定例会(第1日) 本文 2023-12-06
文書発言の移動 文書 前へ 次へ 発言 前へ 次へ ヒット発言 前へ 次へ
表示形式切り替え 発言単文選択全文表示を切り替え 単文表示 選択表示 全文表示
発言者表示切り替え 全 9 発言 / ヒット 0 発言
発言者一覧
選択 1 : ◯議長新川篤志君)
選択 2 : ◯議長新川篤志君)
選択 3 : ◯石橋良平君
選択 4 : ◯議長新川篤志君)
選択 5 : ◯知事藤井雄一君)
選択 6 : ◯議長新川篤志君)
選択 7 : ◯沖田 純君
選択 8 : ◯知事藤井雄一君)
選択 9 : ◯議長竹野兼主議員)
↑ 発言者の先頭へ
本文
1:         午前十時三十二分開会・開議
◯議長新川篤志君) これより十二月定例会を開会いたします。
 これより本日の会議を開きます。
2: ◯議長新川篤志君) 日程第一、会議録署名議員の指名を行います。
3: ◯石橋良平君 議会運営委員長として、今期定例会の会期について御報告いたします。
4: ◯議長新川篤志君) お諮りいたします。会期は十五日間と決定するに御異議ございませんか。
      (「異議なし」と言う者あり)
 御異議なしと認めます。知事から提出議案の説明を求めます。
5: ◯知事藤井雄一君) 本日提出いたしました議案について御説明いたします。
6: ◯議長新川篤志君) 質疑を許します。沖田純君。
7: ◯沖田 純君 補正予算の財源について一点お伺いいたします。
8: ◯知事藤井雄一君) 財政調整基金からは十二億円を繰り入れることとしております。
9: ◯議長竹野兼主議員) 以上で本日の日程は終了いたしました。
 本日はこれをもって散会いたします。
`;

describe('an assembly’s sitting copied from a minutes viewer’s page', () => {
	test('each speech is a remark of its speaker, the viewer’s bars and index none', () => {
		const { family, meeting } = parseText(PAGE, 'hiroshima-r5-12-1.txt');
		expect(family).toBe('assembly');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（新川篤志君）', '議長（新川篤志君）', '石橋良平君', '議長（新川篤志君）', '知事（藤井雄一君）', '議長（新川篤志君）', '沖田純君', '知事（藤井雄一君）', '議長（竹野兼主議員）']);
		const text = meeting?.remarks.map((remark) => remark.text).join('\n') ?? '';
		expect(text).toContain('財政調整基金からは十二億円');
		expect(text).not.toMatch(/選択|発言者の先頭|前へ/u);
	});

	test('a label without its opening bracket names the post and the person', () => {
		const { meeting } = parseText(PAGE, 'hiroshima-r5-12-1.txt');
		const index = resolvePeople([{ id: entryId(meeting!), data: meeting! }]);
		const posts = Object.fromEntries(index.persons.map((person) => [person.name, person.roles?.map((role) => role.title)]));
		expect(posts['新川篤志']).toEqual(['議長']);
		expect(posts['藤井雄一']).toEqual(['知事']);
		expect(posts['竹野兼主']).toEqual(['議長']);
	});
});

describe('an assembly named after a place with a numeral’s day', () => {
	test('四日市市議会 is the assembly, not 市市議会', () => {
		const { meeting } = parseText(`令和5年8月定例月議会(第1日)\n令和5年8月28日\n\n○議長(竹内兼一議員) ただいまから令和5年8月四日市市議会定例月議会を開きます。\n○市長(森山 智君) 本日提出いたしました議案について御説明申し上げます。\n`, 'yokkaichi.txt');
		expect(meeting?.series).toBe('四日市市議会');
		expect(meeting?.date).toBe('2023-08-28');
	});

	test('a numeral’s 日 before the 市 of a place dates nothing', () => {
		const { meeting, diagnostics } = parseText(`令和5年8月定例月議会(第1日)\n\n○議長(竹内兼一議員) ただいまから令和5年8月四日市市議会定例月議会を開きます。\n`, 'yokkaichi.txt');
		expect(meeting).toBeNull();
		expect(diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toMatch(/no date found/u);
	});
});
