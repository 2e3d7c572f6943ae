/**
 * A city's 審議会 record published as a web page (saved as Shift_JIS .html): the header a table of label and value, the
 * secretariat in one cell by office, the second member under a ditto mark for the office above and the section of it she
 * works in (`事務局：生涯学習課 藤本課長、同 文化財係 堀係長`). She is 堀, 係長 of 生涯学習課文化財係 (she had been a member named
 * `同 文化財係` with the post `堀係長`, and her turns, `堀係長：…`, no one's of the roll).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (secretariat: string): string => `令和6年度第2回もみの木市文化財保護審議会 会議録
開催日時\t令和6年11月7日（木曜日）午後2時から午後4時まで
開催場所\tもみの木市役所 東庁舎 401会議室
出席者\t委員：浅野会長、桑原副会長、土屋委員、原田委員
${secretariat}
議題
1. 市指定文化財の候補について
会議の内容
浅野会長：ただいまから審議会を開会します。
藤本課長：資料1のとおり、旧庄屋屋敷の土蔵を候補としてお諮りするものです。
土屋委員：土蔵の傷みはどの程度でしょうか。
堀係長：屋根瓦の一部に割れがありますが、構造に大きな問題はありません。
浅野会長：本日はこれで閉会します。
`;

describe('a ditto mark for the office above, then a section of it, the surname and the post', () => {
	test.each([['事務局：生涯学習課 藤本課長、同 文化財係 堀係長'], ['事務局：生涯学習課　藤本課長、同　文化財係　堀係長']])('%s', (secretariat) => {
		const { meeting } = parseText(minutes(secretariat), 'bunkazai.html');
		const staff = meeting?.participants.find((group) => group.group === '事務局');
		expect(staff?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['藤本', '課長', '生涯学習課'],
			['堀', '係長', '生涯学習課文化財係'],
		]);
	});
});
