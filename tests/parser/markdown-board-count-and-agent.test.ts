/**
 * An owners' association's board minutes in Markdown: `- **出席理事**: 7名中6名` over the officers listed under it, and the
 * managing agent's staff member with the duty in brackets after the name (`- **管理会社**: 株式会社ミドリ住宅サービス 担当 小倉 優斗(フロント)`).
 * The count is a note on the roll (it had been a member named no one) and the staff member is named with the post and the company.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'# グランフォレスト緑町管理組合 第12期 第5回理事会 議事録',
	'',
	'- **日時**: 2024年9月21日(土) 10:00〜11:45',
	'- **場所**: 1階 集会室',
	'- **出席理事**: 7名中6名',
	'  - 理事長 大友 誠(301)',
	'  - 副理事長 新井 早苗(504)',
	'- **管理会社**: 株式会社ミドリ住宅サービス 担当 小倉 優斗(フロント)',
	'',
	'## 審議内容',
	'',
	'- 小倉(管理会社): 修繕委員会の推薦を受けた3社の見積比較表を配布。',
	'- 大友理事長: 価格と実績を総合して、A社で総会に上程したい。',
].join('\n');

describe('a Markdown board roll with its count and the managing agent', () => {
	const groups = parseText(minutes, 'board.md').meeting?.participants ?? [];

	test('the count is the roll’s note, no member', () => {
		const present = groups.find((group) => group.group === '出席理事');
		expect(present?.note).toBe('7名中6名');
		expect(present?.members.map((member) => member.name)).toEqual(['大友 誠', '新井 早苗']);
	});

	test('the agent’s staff member is named, the duty with the post', () => {
		const agent = groups.find((group) => group.group === '管理会社')?.members[0];
		expect([agent?.name, agent?.title, agent?.affiliation]).toEqual(['小倉 優斗', '担当（フロント）', '株式会社ミドリ住宅サービス']);
	});
});
