/**
 * A ward's 研究会 議事要旨 lists the ward's side by post alone after its members (`区側　　　子ども家庭部長、子ども政策課長、
 * 青少年課長`), as an education board's and a city's councils list theirs (`学務課長`, `教務課長`, `体育課長`, `税制課長`, `防犯課長`).
 * A section named in two or three letters before 課長 is the post whole, held by no one named (`青少年課長` had been a person
 * named 青少年 with the post 課長).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

describe('a post of a section named in two or three letters', () => {
	test('区側 by post alone', () => {
		const posts = ['青少年課長', '学務課長', '教務課長', '体育課長', '税制課長', '防犯課長'];
		const { meeting } = parseText(
			[
				'子どもの居場所づくりに関する研究会（第５回）議事要旨',
				'',
				'日時：令和６年６月２５日（火）１８：３０～２０：３０',
				'場所：はなみずき区役所　７階　７０１会議室',
				'出席者：',
				'　会長　　　堀田　和重（はなみずき大学教授）',
				'　委員　　　門倉　悠（区立小学校長）',
				`　区側　　　子ども家庭部長、${posts.join('、')}`,
				'',
				'議事',
				'（１）居場所の利用実態調査の結果について',
				'　事務局から資料１に基づき説明があり、次の意見が出された。',
			].join('\n'),
			'a.txt',
		);
		expect(meeting?.participants.find((group) => group.group === '区側')?.members.map((member) => [member.name, member.title])).toEqual([
			[null, '子ども家庭部長'],
			...posts.map((post) => [null, post]),
		]);
	});
});
