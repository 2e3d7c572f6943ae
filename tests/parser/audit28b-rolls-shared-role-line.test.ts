/**
 * A role many members hold heading a line of their names at wide gaps (`委員　　三宅　正　　森本　礼子　　秋山　悟`, `委　員`
 * padded): each name holds it, as in a list at 、 (only the first had had it).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (roll: string) =>
	parseDocuments(['令和６年度　第２回あおば市情報公開審査会　会議録', '', '１　開催日時　令和６年１０月８日（火）午後３時', '２　開催場所　市役所３階　３０１会議室', '３　出席者', roll, '４　会議の経過', '○三宅会長　開会します。', '○森本委員　了解しました。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]));

describe('a shared role heading a line of names at wide gaps', () => {
	test.each(['　　委員　　三宅　正　　森本　礼子　　秋山　悟', '　　委　員　　三宅　正　　森本　礼子　　秋山　悟'])('%s', (roll) => {
		expect(members(roll)).toEqual([
			['三宅　正', '委員'],
			['森本　礼子', '委員'],
			['秋山　悟', '委員'],
		]);
	});
	test('a role one holds keeps pairing with the next name only', () => {
		expect(members('　　委員長　　三宅　正　　副委員長　　森本　礼子　　委員　　秋山　悟')).toEqual([
			['三宅　正', '委員長'],
			['森本　礼子', '副委員長'],
			['秋山　悟', '委員'],
		]);
	});
});
