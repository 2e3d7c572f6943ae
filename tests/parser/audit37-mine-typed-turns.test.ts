/**
 * A prefectural committee's record whose turns say what they are, then who speaks (`◯質疑（下森委員）`, `◯答弁（住宅課長）`),
 * sometimes of two kinds at once (`◯要望・質疑（下森委員）`, `◯要望質疑（佐藤委員）`). Before, a turn of two kinds was another
 * person (`佐藤`, post `要望・質疑`), and an official's typed turn was a person named `答弁（住宅課長）`, never the roll's holder of
 * the post.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const WITH_ROLL = `令和6年建設委員会 記録
日時 令和6年7月18日（木）午前10時
出席委員 佐藤一郎委員長、下森二郎委員
説明のため出席した者 道路企画課長 山本浩、住宅課長 川上恵

◯質疑（下森委員） 住宅政策について伺います。
◯答弁（住宅課長） 県営住宅の長寿命化を進めております。
◯要望・質疑（下森委員） 計画的な補修をお願いします。あわせて、道路の点検状況を伺います。
◯答弁（道路企画課長） 道路の点検は5年に1回の頻度で実施しております。
◯委員長 以上で質疑を終わります。
`;

const WITHOUT_ROLL = `2024-07-18 令和6年建設委員会 本文

◯質疑（佐藤委員） 道路の維持管理について伺います。
◯答弁（道路企画課長） 今年度は約120キロメートルの補修を予定しております。
◯要望質疑（佐藤委員） 計画的な補修をお願いします。あわせて、橋梁の点検状況を伺います。
◯答弁（道路企画課長） 橋梁の点検は5年に1回の頻度で実施しております。
◯意見（佐藤委員） 点検結果を公表していただきたいと思います。
◯委員長 以上で質疑を終わります。
`;

function persons(text: string, source: string): [string, string[]][] {
	const { meeting, diagnostics } = parseText(text, source);
	if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	return index.persons.map((person) => [person.name, [...person.labels].sort()]);
}

describe('turns typed by what they are', () => {
	test('each speaker is the roll’s person, a turn of two kinds and an official’s typed turn too', () => {
		expect(persons(WITH_ROLL, 'kensetsu-2024-07-18.txt')).toEqual(
			expect.arrayContaining([
				['下森二郎', ['下森二郎委員', '要望・質疑（下森委員）', '質疑（下森委員）'].sort()],
				['山本浩', ['答弁（道路企画課長）', '道路企画課長 山本浩'].sort()],
				['川上恵', ['住宅課長 川上恵', '答弁（住宅課長）'].sort()],
			]),
		);
	});

	test('without a roll, the member is one person and the official the post', () => {
		const found = persons(WITHOUT_ROLL, 'kensetsu-2024-07-18.txt');
		expect(found.filter(([name]) => name === '佐藤')).toEqual([['佐藤', ['意見（佐藤委員）', '要望質疑（佐藤委員）', '質疑（佐藤委員）'].sort()]]);
		expect(found.map(([name]) => name)).toContain('道路企画課長');
	});
});
