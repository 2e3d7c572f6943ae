/**
 * `１　開会` right over the first turn, numbered with a space only as the header numbers its fields: the part of the meeting
 * the text opens with, the first section's title. It had stayed a paragraph of an untitled first section (while `２　議事`
 * after a remark was a heading). A list of the order of business (`１　開会` / `２　議事` / `３　閉会`) over the turns stays text.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const HEAD = `第３回　地域交通活性化協議会　議事録

日時：令和６年７月１０日（水）午後２時から午後３時３０分
場所：市役所本庁舎３階　第１会議室
出席者：
　会長　山本　一郎
　委員　田村　健
　事務局　都市計画課長　森　洋平

`;

function read(text: string) {
	const [result] = parseDocuments(text, { source: 'kyogikai.txt', sourceHash: '0'.repeat(64) });
	const meeting = result?.meeting;
	const titles = new Map((meeting?.sections ?? []).map((section) => [section.id, section.title]));
	return {
		sections: (meeting?.sections ?? []).map((section) => section.title),
		remarks: (meeting?.remarks ?? []).map((remark) => [remark.speaker, titles.get(remark.section ?? '')]),
		body: JSON.stringify(result?.body ?? meeting),
	};
}

describe('a numbered part of the order right over the first turn', () => {
	test('`１　開会` over a colon turn titles the first section', () => {
		const { sections, remarks } = read(`${HEAD}１　開会
事務局（森課長）：定刻となりましたので、ただ今から第３回地域交通活性化協議会を開会いたします。

２　議事
会長：それでは議事に入ります。事務局から説明をお願いします。
田村委員：通学の便が悪くなる地区はありませんか。

３　閉会
会長：以上で本日の協議会を閉会いたします。
`);
		expect(sections).toEqual(['開会', '議事', '閉会']);
		expect(remarks).toEqual([
			['事務局（森課長）', '開会'],
			['会長', '議事'],
			['田村委員', '議事'],
			['会長', '閉会'],
		]);
	});

	test('an assembly record: `１　開会` over the chair marked ○', () => {
		const { sections, remarks } = read(`令和６年第２回みどり町議会定例会会議録（第１号）
令和６年６月１０日（月曜日）午前１０時開議
○出席議員（２名）
１番　山田　太郎君　　２番　鈴木　花子君

１　開会
○議長（田中　実君）　ただいまから令和６年第２回みどり町議会定例会を開会いたします。
○１番（山田太郎君）　議事進行について伺います。
`);
		expect(sections[0]).toBe('開会');
		expect(remarks[0]).toEqual(['議長（田中　実君）', '開会']);
	});

	test('a list of the order of business over the turns stays text', () => {
		const { sections, body } = read(`${HEAD}１　開会
２　議事
３　閉会

会長：ただ今から第３回地域交通活性化協議会を開会いたします。
田村委員：よろしくお願いします。
`);
		expect(sections).not.toContain('開会');
		expect(body).toContain('１　開会');
	});
});
