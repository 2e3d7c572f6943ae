/**
 * An education board's roll that says who acts for its head: after the member's name (`委　　員　　 森田　京子（教育長職務代理者）`,
 * as a prefecture's record pads its posts) or in a bracket after the post that fills its column (`教育委員（教育長職務代理者）山本　恵子`,
 * as a city's 総合教育会議 lists the board). Each is one member, the post and the role held together its title.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const members = (meeting: ReturnType<typeof read>) => meeting?.participants[0]?.members.map((member) => [member.name, member.title]);

describe('who acts for the head of an education board, in its roll', () => {
	test('in a bracket after the name, under a padded post', () => {
		const meeting = read([
			'令和６年第２回東山県教育委員会臨時会会議録',
			'',
			'１　日　　時　　令和６年２月９日（金）',
			'２　場　　所　　県庁西館５階　教育委員会室',
			'３　出席者',
			'　　教 育 長　　 藤原　光男',
			'　　委　　員　　 森田　京子（教育長職務代理者）',
			'　　委　　員　　 大西　秀樹',
			'',
			'○藤原教育長　ただいまから、令和６年第２回教育委員会臨時会を開会します。',
			'○大西委員　妥当と考えます。',
		]);
		expect(members(meeting)).toEqual([
			['藤原　光男', '教育長'],
			['森田　京子', '委員（教育長職務代理者）'],
			['大西　秀樹', '委員'],
		]);
	});

	test('in a bracket after the post, the name right after it', () => {
		const meeting = read([
			'令和６年度　第１回東山市総合教育会議　会議録',
			'',
			'【日　時】令和６年７月１０日（水）　午前１０時００分～午前１１時３０分',
			'【場　所】東山市役所　特別会議室',
			'【出席者】',
			'　市長　　　　　　　　　　　大橋　隆',
			'　教育委員（教育長職務代理者）山本　恵子',
			'　教育委員　　　　　　　　　阿部　正和',
			'',
			'○市長',
			'　協議事項（１）について、事務局から説明をお願いします。',
		]);
		expect(members(meeting)).toEqual([
			['大橋　隆', '市長'],
			['山本 恵子', '教育委員（教育長職務代理者）'],
			['阿部　正和', '教育委員'],
		]);
	});
});
