/**
 * An owners' association's board minutes name the managing agent's staff member on the roll: in a row or field of its own,
 * `管理会社` then the company (often without its legal form), the post and the surname (a spreadsheet's `管理会社,さつき管理　担当　松岡`,
 * a Markdown field `管理会社：さつき管理 担当 松岡`), or among the officers under `■出席者（敬称略）` as a template writes it,
 * `株式会社コスモ住宅管理　担当　宇野氏`. Each is one person: the surname the name, the post (`担当`, `フロント担当`) the title and the
 * company the affiliation; the staff member's turns (`松岡：…`) are theirs. The entry had named no one (a company without its
 * legal form), or had taken `株式会社コスモ住宅管理　担当` as the affiliation without a post, and the Markdown turn had run into the
 * chair's.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const header = ['日時,令和６年１０月１９日（土）１９時００分～２０時３０分', '場所,１階集会室', '出席理事,理事長　西川　博、副理事長　大森　聡子、会計　小池　亮'];
const turns = ['発言者,発言内容', '西川理事長,定刻となりましたので理事会を始めます。', '田島,給排水管更生工事は予定どおり８割が完了しております。', '大森副理事長,立会いが難しい住戸はどう対応しますか。', ',以上'];

const agentOf = (text: string, file: string) => {
	const result = parseText(text, file);
	return { result, agent: result.meeting?.participants.flatMap((group) => group.members).find((member) => /担当/u.test(member.text)) };
};

describe('a managing agent’s staff member on an owners’ association’s roll', () => {
	test('a spreadsheet’s row: the company without its legal form, the post and the surname', () => {
		const { agent } = agentOf(['第１２期　第５回　ひばりヶ丘レジデンス管理組合理事会　議事録,', ...header, '管理会社,みどり管理サービス　フロント担当　田島', ...turns].join('\n'), 'board.csv');
		expect(agent && [agent.name, agent.title, agent.affiliation]).toEqual(['田島', 'フロント担当', 'みどり管理サービス']);
	});

	test('a Markdown field: the staff member, who speaks in turns of their own', () => {
		const { result, agent } = agentOf(
			['# 第3回 さつき台マンション管理組合理事会 議事録', '', '- 日時：2024年9月28日 10:00〜11:40', '- 場所：集会室', '- 出席理事：理事長 上田 守、副理事長 三好 香', '- 管理会社：さつき管理 担当 松岡', '', '## 議事', '', '上田理事長：本日は大規模修繕の業者選定について審議します。', '', '松岡：見積りは三社から提出されております。', ''].join('\n'),
			'board.md',
		);
		expect(agent && [agent.name, agent.title, agent.affiliation]).toEqual(['松岡', '担当', 'さつき管理']);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['上田理事長', '本日は大規模修繕の業者選定について審議します。'],
			['松岡', '見積りは三社から提出されております。'],
		]);
	});

	test('a template’s roll: the company by its legal form, `担当` the post and `氏` no part of the name', () => {
		const { agent } = agentOf(
			[
				'グリーンヒルズ南台管理組合',
				'',
				'第２３期第４回理事会・議事録',
				'',
				'■　開催日　令和６年１１月９日（土）',
				'■　場　所　集会室',
				'',
				'■出席者（敬称略）',
				'理事長　　水野　隆',
				'理事　　　岡部　健太',
				'',
				'株式会社コスモ住宅管理　担当　宇野氏',
				'',
				'■議事内容',
				'宇野：　コンサルタント三社から見積りを取りました。',
				'水野理事長：　比較表を次回までに配布してください。',
			].join('\n'),
			'board.txt',
		);
		expect(agent && [agent.name, agent.title, agent.affiliation]).toEqual(['宇野', '担当', '株式会社コスモ住宅管理']);
	});
});
