/**
 * Rolls of an owners' association: a stand-in for an officer (`監事代理　太田　亮`, `理事長代理　…`) and the management company's
 * staff by their charge (`フロント担当　岡本`) are the post and the person; each had been left without a name, and their turns
 * (`太田（監事代理）：…`) then ran into the turn above them.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]!;

describe("stand-ins and the management company's staff on a board's roll", () => {
	const result = read([
		'ニューハイツ西町管理組合　第３回理事会　議事録',
		'',
		'日時：令和６年９月１５日（日）１０：００～１１：３０',
		'場所：集会室',
		'出席者：理事長　松井　大輔、理事　川口　誠、監事代理　太田　亮、フロント担当　岡本',
		'',
		'議事',
		'松井理事長：定刻となりましたので開会します。',
		'岡本（管理会社）：見積書をお配りしました。',
		'太田（監事代理）：特に意見はありません。',
	]);

	test('the post and the person', () => {
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]))).toEqual([
			['松井　大輔', '理事長'],
			['川口　誠', '理事'],
			['太田　亮', '監事代理'],
			['岡本', 'フロント担当'],
		]);
	});

	test('their turns are their own', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['松井理事長', '定刻となりましたので開会します。'],
			['岡本（管理会社）', '見積書をお配りしました。'],
			['太田（監事代理）', '特に意見はありません。'],
		]);
	});
});
