/**
 * A ward's education board and a company's advisory committee mark the parts of the meeting between the turns in angle brackets
 * (`〈報告事項〉`, `＜議決案件＞`, `<開 会>`, `<議題(1)>`, `<閉 会>`), as others write `【報告事項】`: each is a part whose turns follow
 * it (they had been notes, the turns under them kept in the part before). An editorial note in such brackets (`<議事（1）について>`
 * without a part's word, `〈資料配布〉`) stays a note.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const board = (part: string) =>
	[
		'みどり区教育委員会会議録',
		'○開会日　令和6年6月28日（金）',
		'○場　所　みどり区教育委員会室',
		'○出席委員',
		'　みどり区教育委員会教育長　　　田　辺　裕　子',
		'　みどり区教育委員会委員　　　　大　島　やよい',
		'',
		'午前10時00分開会',
		'田辺教育長',
		'　おはようございます。教育委員会第20回定例会を開会いたします。',
		part,
		'田辺教育長',
		'　それでは、事務局報告事項の１番についての報告をお願いします。',
		'川島指導室長',
		'　令和6年度の研究指定校は、小学校４校、中学校２校です。',
		'午前10時39分閉会',
	].join('\n');

describe('a part of the meeting in angle brackets between the turns', () => {
	for (const part of ['〈報告事項〉', '＜報告事項＞', '<報告事項>', '＜議決案件＞', '<議題(1)>', '〈その他〉']) {
		test(`${part} heads the turns under it`, () => {
			const result = parseText(board(part), 'kyoiku.txt');
			const titled = result.body.find((section) => section.title === part.slice(1, -1));
			expect(titled).toBeDefined();
			expect(titled?.children.filter((block) => block.type === 'remark').map((block) => (block.type === 'remark' ? block.speaker : ''))).toEqual(['田辺教育長', '川島指導室長']);
		});
	}

	test('an editorial note in such brackets stays a note', () => {
		const result = parseText(board('〈資料配布〉'), 'kyoiku.txt');
		expect(result.body.map((section) => section.title)).not.toContain('資料配布');
		expect(JSON.stringify(result.body)).toContain('〈資料配布〉');
	});
});
