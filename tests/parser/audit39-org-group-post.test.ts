/**
 * A 評議員会's or a board's roll in groups named for one post (`出席評議員`, `欠席評議員`, `出席監事`), the members listed by
 * name alone under them: each member holds that post, where they had been listed without it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';
import type { MemberRow } from './unseen-helpers.ts';

const text = [
	'社会福祉法人　やまびこ会',
	'令和６年度　第１回評議員会　議事録',
	'',
	'１　開催日時　　令和６年６月１８日（火）　午後２時から午後３時まで',
	'２　開催場所　　やまびこ園　会議室',
	'３　出席評議員　　飯塚　亮、宇田川　礼子、小野　修',
	'４　欠席評議員　　菅野　徹',
	'５　出席理事　　理事長　榎本　和也',
	'６　出席監事　　笹木　朋美',
	'',
	'７　議事の経過',
	'第１号議案　令和５年度事業報告について',
	'榎本理事長：資料１のとおり報告いたします。',
	'宇田川評議員：利用者の待機は何名ですか。',
	'榎本理事長：現在１２名です。',
].join('\n');

describe('members of a group named for their post', () => {
	test('each holds the group\'s post', () => {
		const { meeting } = parseText(text, 'hyogiinkai.txt');
		const rows = (meeting?.participants ?? []).map((group) => [group.group, group.members.map((member): MemberRow => [member.text, member.name, member.title, member.affiliation])]);
		expect(rows).toEqual([
			['出席評議員', [['飯塚　亮', '飯塚　亮', '評議員', null], ['宇田川　礼子', '宇田川　礼子', '評議員', null], ['小野　修', '小野　修', '評議員', null]]],
			['欠席評議員', [['菅野　徹', '菅野　徹', '評議員', null]]],
			['出席理事', [['理事長　榎本　和也', '榎本　和也', '理事長', null]]],
			['出席監事', [['笹木　朋美', '笹木　朋美', '監事', null]]],
		]);
	});
});
