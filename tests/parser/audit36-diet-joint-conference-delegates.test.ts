/**
 * A 両院協議会's delegates speak as `○協議委員（高木毅君）`, the roll `出席協議委員` lists them under their house, its 議長 and
 * 副議長 by post. Before, `協議委員` was read as an official's post: no delegate's label found the roll's entry.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const TEXT = `第213回国会 両院協議会 第1号
令和六年六月二十一日（金曜日）
    午後四時十分開会
 出席協議委員
  衆議院
   議 長 高木  毅君
   副議長 逢沢 一郎君
     石井 拓君    田村 憲久君
  参議院
   議 長 野上浩太郎君
   副議長 福島みずほ君
     吉川 沙織君    杉尾 秀哉君
 協議委員外の出席者
  衆議院事務局
        委 員 部 長 藤野 哲也君
    ―――――――――――――
本日の会議に付した案件
 内閣総理大臣の指名について
     ――――◇―――――
○議長（野上浩太郎君） これより両院協議会を開会いたします。
○協議委員（高木毅君） 衆議院の議決の趣旨を御説明いたします。
○協議委員（吉川沙織君） 参議院の議決の趣旨を御説明いたします。
○協議委員（田村憲久君） 衆議院の議決を尊重すべきです。
○協議委員（福島みずほ君） 参議院の議決も重く受け止めるべきです。
○議長（野上浩太郎君） これにて散会いたします。
    午後四時三十二分散会
`;

describe('a 両院協議会’s delegates', () => {
	test('are the roll’s delegates, each with the house they come from', () => {
		const { meeting } = parseText(TEXT, 'ryoin-1.txt');
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const found = [...new Set(meeting.remarks.map((remark) => remark.speaker))].map((label) => {
			const person = index.persons.find((candidate) => candidate.labels.includes(label));
			return [label, person?.name, person?.affiliations[0], person?.confirmed];
		});
		expect(found).toEqual([
			['議長（野上浩太郎君）', '野上浩太郎', '参議院', true],
			['協議委員（高木毅君）', '高木 毅', '衆議院', true],
			['協議委員（吉川沙織君）', '吉川 沙織', '参議院', true],
			['協議委員（田村憲久君）', '田村 憲久', '衆議院', true],
			['協議委員（福島みずほ君）', '福島みずほ', '参議院', true],
		]);
		expect(index.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([]);
	});
});
