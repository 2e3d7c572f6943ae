/**
 * The 衆議院's 審査会 (憲法審査会, 政治倫理審査会) run by 幹事 where a committee has 理事: a 幹事 speaks as `○宇野幹事`, and is the
 * roll's `幹事　宇野 真一君`. A roll copied with its padding cut to one space (`国務大臣 平田 誠一郎君`) lists the minister by
 * the whole name, as the padded roll does. Before, `宇野幹事` named no one (a person `宇野` of their own), and the minister was
 * `誠一郎` with the post `国務大臣平田`, so that `平田国務大臣` named no one either.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第２１３回国会　衆議院　政治倫理審査会　第１号
令和６年２月２９日（木曜日）
    午後二時開会
 出席委員
   会長 大塚 哲也君
   幹事 宇野 真一君 幹事 広瀬 沙織君
      長田 浩司君    平井 美穂君
 出席国務大臣
     国務大臣 平田 誠一郎君
    ―――――――――――――
本日の会議に付した案件
 西村健二君申出の件
     ――――◇―――――
○大塚会長　これより会議を開きます。宇野真一君。
○宇野幹事　伺います。
○平田国務大臣　お答えいたします。
○大塚会長　広瀬沙織君。
○広瀬幹事　事務所の管理について伺います。
○大塚会長　これにて散会いたします。
    午後三時五十分散会
`;

describe('a 審査会’s 幹事 and a roll with its padding cut', () => {
	const { meeting } = parseText(RECORD, 'seirin-1.txt');

	test('the roll lists the minister by the whole name', () => {
		const ministers = meeting?.participants.find((group) => group.group === '出席国務大臣');
		expect(ministers?.members.map((member) => [member.title, member.name])).toEqual([['国務大臣', '平田 誠一郎']]);
	});

	test('each label names the roll’s member or minister', () => {
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const labels = [...new Set(meeting.remarks.map((remark) => remark.speaker))];
		expect(labels.map((label) => [label, index.persons.find((person) => person.labels.includes(label))?.name])).toEqual([
			['大塚会長', '大塚 哲也'],
			['宇野幹事', '宇野 真一'],
			['平田国務大臣', '平田 誠一郎'],
			['広瀬幹事', '広瀬 沙織'],
		]);
	});
});
