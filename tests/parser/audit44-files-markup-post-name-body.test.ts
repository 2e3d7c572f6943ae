/**
 * A 図書館協議会's or a 審議会's minutes kept in Markdown list each member of the roll as an item under `出席委員：`, its post, a
 * space, the full name and the body the member stands for in brackets (`- 会長 森田　啓介（学識経験者）`, `- 副会長 泉 萌（学校
 * 教育関係者）`), typed with a half-width space after the post and either space inside the name, or the name written together
 * (`- 会長 森田啓介（学識経験者）`). Each item is one member: the name, the post the title and the bracket the affiliation, as a
 * plain text's roll reads `会長　森田　啓介（学識経験者）`. Every such item had been a member of no name and no post (the name
 * written together had kept the bracket in the name).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const rowsOf = (text: string, file: string) =>
	parseText(text, file)
		.meeting?.participants.find((group) => group.group === '出席委員')
		?.members.map((member) => [member.name, member.title, member.affiliation]);

describe('a Markdown roll of post, name and body in brackets', () => {
	test('items of post, full name and body', () => {
		const text = [
			'# 令和6年度 第4回 図書館協議会 議事録',
			'',
			'- 日時：令和6年12月3日（火）14:00〜15:30',
			'- 場所：中央図書館 2階 視聴覚室',
			'- 出席委員：',
			'  - 会長 森田　啓介（学識経験者）',
			'  - 副会長 泉 萌（学校教育関係者）',
			'  - 委員 青山　真理（社会教育関係者）',
			'  - 委員 黒田一馬（家庭教育関係者）',
			'  - 委員 Sarah Miller（公募委員）',
			'- 事務局：中央図書館長 遠藤　武',
			'',
			'## 議事',
			'',
			'森田会長：ただいまから第4回図書館協議会を開会します。',
			'',
			'泉副会長：自習席の数は足りていますか。',
		].join('\n');
		expect(rowsOf(text, 'library.md')).toEqual([
			['森田　啓介', '会長', '学識経験者'],
			['泉 萌', '副会長', '学校教育関係者'],
			['青山　真理', '委員', '社会教育関係者'],
			['黒田一馬', '委員', '家庭教育関係者'],
			['Sarah Miller', '委員', '公募委員'],
		]);
	});
});
