/**
 * A clerk of the house's 法制局 speaks by the rank after the office (`○村田法制局参事`), where the roll lists the post held in it
 * (`衆議院法制局法制企画調整部長　村田 由紀君`), as a 憲法審査会's records do: the label names that official. Before, the rank matched no
 * listed post, and the clerk was a person of their own with a warning.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { postMatches } from '../../src/people/roles.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第213回国会 衆議院 憲法審査会 第4号
令和六年四月十八日（木曜日）
    午前十時開議
 出席委員
   会長 森田 英樹君
   幹事 新井 孝一君
      橋爪 友子君    村田 健一君
   …………………………………
   衆議院法制局法制企画調整部長  村田 由紀君
   衆議院憲法審査会事務局長    大塚 孝典君
    ―――――――――――――
本日の会議に付した案件
 日本国憲法及び日本国憲法に密接に関連する基本法制に関する件
     ――――◇―――――
○森田会長 これより会議を開きます。
○橋爪委員 オンラインによる出席について、法制局に伺います。
○村田法制局参事 お答え申し上げます。
 議院の自律的判断に委ねられてきたところでございます。
○村田委員 関連して伺います。
○森田会長 本日は、これにて散会いたします。
    午前十一時五十八分散会
`;

describe('a clerk labelled by the rank after the office', () => {
	test('matches a post held in that office, no other', () => {
		expect([postMatches('法制局参事', '衆議院法制局法制企画調整部長'), postMatches('法制局参事', '衆議院憲法審査会事務局長')]).toEqual([true, false]);
	});

	test('names the roll’s official, a member of the surname aside', () => {
		const { meeting } = parseText(RECORD, 'kenpo-4.txt');
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const labelled = (label: string) => index.persons.filter((person) => person.labels.includes(label)).map((person) => person.name);
		expect([labelled('村田法制局参事'), labelled('村田委員')]).toEqual([['村田 由紀'], ['村田 健一']]);
		expect(index.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([]);
	});
});
