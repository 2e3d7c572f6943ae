/**
 * A post written with 同 and its office's word (`同課主査`, `同課評価監視官`), as a ministry's or a city's roll lists its officials
 * under the head of their 課: the post in the 課 named above, no one named `同課主査`.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const roll = (rows: readonly string[]) =>
	parseDocuments(['第２回みずき市行政改革推進委員会　会議録', '', '日時：令和６年１１月１１日（月）１８：３０～２０：００', '出席者：', ...rows, '', '○柏木委員長　それでは開会します。', '○同課主査　御説明します。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.flatMap((group) =>
		group.members.map((member) => [member.name, member.title]),
	);

describe('a post of the office above written with 同', () => {
	test('after another post in a list at 、 is a post of its own in that 課', () => {
		expect(roll(['（委員）柏木委員長、井口委員', '（事務局）総務部長、行政改革推進課長、同課主査'])).toEqual([
			['柏木', '委員長'],
			['井口', '委員'],
			[null, '総務部長'],
			[null, '行政改革推進課長'],
			[null, '行政改革推進課主査'],
		]);
	});

	test('before a name padded to the column is that member’s post, each in the 課 of the posts above', () => {
		expect(
			roll([
				'（農林水産省）',
				'　　消費・安全局畜水産安全管理課長　　竹中　悠人',
				'　　同課飼料安全・薬事室長　　田辺　恵',
				'　　同課評価監視官　　　　　　村瀬　隆',
				'　　同課主査　　　　　　　　　吉永　沙織',
			]),
		).toEqual([
			['竹中　悠人', '消費・安全局畜水産安全管理課長'],
			['田辺　恵', '消費・安全局畜水産安全管理課飼料安全・薬事室長'],
			['村瀬　隆', '消費・安全局畜水産安全管理課評価監視官'],
			['吉永　沙織', '消費・安全局畜水産安全管理課主査'],
		]);
	});
});
