/**
 * Where to ask about the minutes, written under the last turn (`問い合わせ先：環境政策課　電話…`, `担当：…　TEL …`,
 * `【お問い合わせ先】` over the office's name): the record's closing note, never more of the last speaker's words.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const header = ['第３回みどり市環境審議会　会議録', '', '日　時　令和６年１１月１２日（火）午後２時から午後３時３０分まで', '場　所　みどり市役所本庁舎５階　第二会議室', '出席者　石川会長、中島委員、藤井委員', ''];
const notes = (result: ReturnType<typeof parse>) => result?.body.flatMap((section) => section.children.filter((block) => block.type === 'note').map((block) => ('text' in block ? block.text : '')));

describe('a contact line under the last turn', () => {
	test('`問い合わせ先：…　電話…` on one line is a note, the last remark ends before it', () => {
		const result = parse([...header, '○中島委員　ごみ減量の目標値について伺います。', '○石川会長　それでは本日の審議を終了します。', '', '問い合わせ先：環境政策課　電話0445-12-3456']);
		expect(result?.meeting?.remarks.map((remark) => remark.text)).toEqual(['ごみ減量の目標値について伺います。', 'それでは本日の審議を終了します。']);
		expect(notes(result)).toContain('問い合わせ先：環境政策課　電話0445-12-3456');
	});

	test('`担当：…　TEL …` right under the last words is a note', () => {
		const result = parse([...header, '○石川会長', '　本日はありがとうございました。', '', '担当：あおば区福祉保健課　青木　TEL 045-999-1111']);
		expect(result?.meeting?.remarks.at(-1)?.text).toBe('本日はありがとうございました。');
		expect(notes(result)).toContain('担当：あおば区福祉保健課　青木　TEL 045-999-1111');
	});

	test('`【お問い合わせ先】` over the office is a note, no section of its own', () => {
		const result = parse([...header, '石川会長：それでは、原案のとおり答申することとします。', '【お問い合わせ先】', '都市計画課　計画係　TEL 0299-11-2233']);
		expect(result?.meeting?.sections.map((section) => section.title)).not.toContain('お問い合わせ先');
		expect(notes(result)).toContain('【お問い合わせ先】');
		expect(result?.meeting?.remarks.at(-1)?.text).toBe('それでは、原案のとおり答申することとします。');
	});

	test('`【問合せ先】総務課　TEL …` on one line is a note', () => {
		const result = parse([...header, '○石川会長　以上で終わります。', '【問合せ先】総務課　TEL 0445-12-0000']);
		expect(result?.meeting?.remarks.at(-1)?.text).toBe('以上で終わります。');
		expect(notes(result)).toContain('【問合せ先】総務課　TEL 0445-12-0000');
	});

	test("an assembly's record: the contact line under the chair's last words is a note", () => {
		const result = parse(['令和６年第２回かわせみ町議会臨時会会議録', '', '令和６年５月１０日（金曜日）', '', '○議長（村上一夫君）　ただいまから本日の会議を開きます。', '○議長（村上一夫君）　これで散会します。', '', '問い合わせ先：かわせみ町議会事務局　電話０２２－３３３－４４４４']);
		expect(result?.family).toBe('assembly');
		expect(result?.meeting?.remarks.at(-1)?.text).toBe('これで散会します。');
		expect(notes(result)).toContain('問い合わせ先：かわせみ町議会事務局　電話０２２－３３３－４４４４');
	});

	test('a speaker talking of inquiries keeps their words', () => {
		const result = parse([...header, '○中島委員　問い合わせが多い窓口について伺います。', '○事務局　担当：窓口は３か所です。']);
		expect(result?.meeting?.remarks.map((remark) => remark.text)).toEqual(['問い合わせが多い窓口について伺います。', '担当：窓口は３か所です。']);
	});
});
