/**
 * A ministry's sections named by a field no surname is (`能力開発課長`, `統計企画課長`: posts held by no one named, where `能力`
 * had been a surname) and public bodies by how their names end (`社会保険診療報酬支払基金`, `日本政策金融公庫`: an observer that
 * speaks in brackets, `【社会保険診療報酬支払基金】　…`, whose words had run into the turn above).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments, parseNameLabel } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe("a ministry's sections and public bodies", () => {
	test.each([
		['能力開発課長', null, '能力開発課長'],
		['統計企画課長', null, '統計企画課長'],
		['福田研究開発課長', '福田', '研究開発課長'],
	])('%s is read as name %s and post %s', (label, name, title) => {
		const parts = parseNameLabel(label);
		expect([parts.name, parts.title]).toEqual([name, title]);
	});

	test('an observer body listed in the roll speaks in brackets', () => {
		const result = parse([
			'第１０回　医療ＤＸ推進に関する有識者会議　議事録',
			'',
			'１．日時　令和６年１２月２日（月）１７：００～１９：００',
			'２．場所　オンライン開催',
			'３．出席者',
			'　（構成員）石原座長、内藤構成員',
			'　（オブザーバー）',
			'　　社会保険診療報酬支払基金',
			'　（事務局）',
			'　　能力開発課長、統計企画課長',
			'',
			'【石原座長】　定刻になりましたので始めます。',
			'【内藤構成員】　端末操作の負担軽減が求められています。',
			'【社会保険診療報酬支払基金】　システムの改修は来年３月に完了する予定です。',
		]);
		const groups = result?.meeting?.participants;
		expect(groups?.find((group) => group.group === 'オブザーバー')?.members.map((member) => member.affiliation)).toEqual(['社会保険診療報酬支払基金']);
		expect(groups?.find((group) => group.group === '事務局')?.members.map((member) => [member.name, member.title])).toEqual([
			[null, '能力開発課長'],
			[null, '統計企画課長'],
		]);
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['石原座長', '定刻になりましたので始めます。'],
			['内藤構成員', '端末操作の負担軽減が求められています。'],
			['社会保険診療報酬支払基金', 'システムの改修は来年３月に完了する予定です。'],
		]);
	});
});
