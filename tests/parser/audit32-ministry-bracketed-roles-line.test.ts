/**
 * A council's roll on one line with the roles in brackets, each over the names after it
 * (`出席委員：（部会長）小針　美和、（委員）大山　太郎、加藤　直美、…`, as a 農林水産省 record lists them): one group of members
 * with their roles, `（委員）` a role there (it had started a group 委員, its names without the role).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const roll = (line: string) =>
	read(['畜産部会（第２回）', '', '１　日時：令和６年12月19日（木）13:30～15:30', '２　場所：農林水産省　第２特別会議室', line, '４　欠席委員：須藤　靖子', '', '○小針部会長　開会します。'])?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])]);

describe('roles in brackets over the names after them', () => {
	test('one group, each name with the role before it', () => {
		expect(roll('３　出席委員：（部会長）小針　美和、（委員）大山　太郎、加藤　直美、椛島　剛（オンライン）')).toEqual([
			[
				'出席委員',
				[
					['小針　美和', '部会長', null],
					['大山　太郎', '委員', null],
					['加藤　直美', '委員', null],
					['椛島　剛', '委員', 'オンライン'],
				],
			],
			['欠席委員', [['須藤　靖子', null, null]]],
		]);
	});

	test('a bracketed group after them still starts a group', () => {
		expect(roll('３　出席者：（部会長）小針　美和、（委員）大山　太郎、（事務局）佐藤課長')?.map(([group]) => group)).toEqual(['出席者', '委員', '事務局', '欠席委員']);
	});
});
