/**
 * A city committee's record whose turns end their label with a closing bracket only (`森田委員長)…`), where two members of one
 * surname are told apart in brackets (`鈴木(行)委員長)…`, `鈴木(米)委員)…`) and a post is in charge of some business
 * (`参事水道担当)…`, listed as `参事水道担当(三木裕文)`). Before, the first told-apart label made the file a plain document of one
 * remark, every turn after it run together; the post in charge was a person named 参事水道担当.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const COMMITTEE = `令和6年度 環境経済委員会

 第3回委員会 (6月27日)
出席委員 鈴木行雄委員長,島田久雄副委員長,鈴木米造委員,磯部延久委員
市執行部 【生活環境部】
生活環境部長(広田峰昌),生活環境部次長兼生活環境課長(岡部光弘),参事水道担当(三木裕文)
議会事務局 庶務議事課係長(関 努)


鈴木(行)委員長)ただ今から,環境経済委員会を開会いたします。
 本日の議題は,付託された議案の審査であります。

生活環境部次長兼生活環境課長)それでは生活環境部所管の補正予算について御説明いたします。

鈴木(米)委員)水道の老朽管更新の進捗を伺います。

参事水道担当)今年度は約3キロメートルを更新する予定でございます。

鈴木(行)委員長)以上で環境経済委員会を閉会いたします。
`;

describe('labels closed by a bracket, a surname told apart before the post', () => {
	test('each turn is its speaker’s, the record a committee’s', () => {
		const { family, meeting } = parseText(COMMITTEE, 'kankei-r6-3.txt');
		expect(family).toBe('council');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['鈴木(行)委員長', '生活環境部次長兼生活環境課長', '鈴木(米)委員', '参事水道担当', '鈴木(行)委員長']);
	});

	test('each speaker is the roll’s person', () => {
		const { meeting } = parseText(COMMITTEE, 'kankei-r6-3.txt');
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const who = (label: string): string | undefined => index.persons.find((person) => person.labels.includes(label))?.name;
		expect(['鈴木(行)委員長', '鈴木(米)委員', '参事水道担当', '生活環境部次長兼生活環境課長'].map(who)).toEqual(['鈴木行雄', '鈴木米造', '三木裕文', '岡部光弘']);
	});
});
