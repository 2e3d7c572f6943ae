/**
 * A ministry's 有識者会議 roll that sets the ministry's name alone on a line over its officials, each a post and a name
 * (`デジタル庁` / `参事官　　長尾　香織`): a group of its own, the ministry no member of the members' group above.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const groups = (rows: readonly string[]) =>
	parseDocuments(['データ利活用制度の在り方に関する有識者会議（第４回）', '議事録', '', '日時：令和６年１２月３日（火）１０時００分から１２時００分まで', '場所：オンライン', '出席者：', ...rows, '', '○長尾参事官　開催いたします。', '○宍戸座長　おはようございます。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.map((group) => [
		group.group,
		group.members.map((member) => [member.name, member.title, member.affiliation]),
	]);

describe('a ministry alone on its line over rows of post and name', () => {
	test('heads a group of its officials', () => {
		expect(groups(['構成員', '宍戸　誠　座長（国際情報大学教授）', '浜口　玲奈　構成員（弁護士）', 'デジタル庁', '戦略組織グループ次長　　桐島　純一', '参事官　　　　　　　　　長尾　香織'])).toEqual([
			[
				'構成員',
				[
					['宍戸　誠', '座長', '国際情報大学教授'],
					['浜口　玲奈', '構成員', '弁護士'],
				],
			],
			[
				'デジタル庁',
				[
					['桐島　純一', '戦略組織グループ次長', null],
					['長尾　香織', '参事官', null],
				],
			],
		]);
	});

	test('over a body’s name, as observers are listed, stays a member', () => {
		const members = parseDocuments(['データ利活用制度の在り方に関する有識者会議（第４回）', '議事録', '', '日時：令和６年１２月３日（火）１０時００分から１２時００分まで', '出席者：', '構成員', '宍戸　誠　座長（国際情報大学教授）', 'オブザーバー', '金融庁', '個人情報保護委員会事務局', '', '○宍戸座長　開会します。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]));
		expect(members).toContainEqual([null, null, '金融庁']);
	});
});
