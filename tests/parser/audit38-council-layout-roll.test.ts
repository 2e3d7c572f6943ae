/**
 * A roll laid out with ASCII spaces, as a PDF's text layer writes a ministry's 有識者会議 議事録: each full name's ideographic space
 * two spaces, the columns wider gaps (`主査        宮下  浩一    慶應大学総合政策学部教授`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const roll = (rows: readonly string[]) =>
	parseDocuments(['データ連携制度検討ワーキンググループ（第２回）', '議事録', '', '日時：令和６年５月２０日（月）１４：００～１６：００', '出席者：', ...rows, '', '○森田主査  ただいまから会合を開催します。', '○北条構成員  意見を申し上げます。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.flatMap((group) =>
		group.members.map((member) => [member.name, member.title, member.affiliation]),
	);

describe('a full name two ASCII spaces apart in a roll of wider columns', () => {
	test('is one member, the next column the affiliation', () => {
		expect(roll(['  主査        森田  浩一    東和大学総合政策学部教授', '  構成員      北条  奈緒    弁護士', '  構成員      今泉  健    株式会社データ橋代表取締役'])).toEqual([
			['森田　浩一', '主査', '東和大学総合政策学部教授'],
			['北条　奈緒', '構成員', '弁護士'],
			['今泉　健', '構成員', '株式会社データ橋代表取締役'],
		]);
	});

	test('a given name of one letter padded to the column, the affiliation left out, is the name too', () => {
		expect(roll(['  主査        森田  浩一', '  構成員      大野  学'])).toEqual([
			['森田　浩一', '主査', null],
			['大野　学', '構成員', null],
		]);
	});
});
