/**
 * A post in a roll with a note in brackets on how its holder attended (`理事（代理出席）　鈴木　一郎`, `監事（欠席）`,
 * `理事（Web参加）`): the post is the title and the name after it the holder's, the note kept in the entry's text (the note
 * had been read as the post, `代理出席`, or the affiliation, `Web参加`, and the name after a wide gap as a member of its own).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (roll: readonly string[]) =>
	parseDocuments(['公益社団法人みどり福祉協会　第５回理事会議事録', '', '日　時　令和６年６月２０日（木）午後３時', '場　所　協会本部会議室', '出席者', ...roll, '議事', '第１号議案　事業報告について', '', '○理事長　開会します。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.text, member.name, member.title, member.affiliation]));

describe('a post with a note on attendance in brackets', () => {
	test('one space before the name', () => {
		expect(members(['　理事長　佐藤　一郎', '　理事（代理出席）　鈴木　一郎', '　理事（Web参加）　伊藤　三郎', '　監事（欠席）　渡辺　四郎', '　幹事（Ｗｅｂ参加）'])).toEqual([
			['理事長　佐藤　一郎', '佐藤　一郎', '理事長', null],
			['理事（代理出席）　鈴木　一郎', '鈴木　一郎', '理事', null],
			['理事（Web参加）　伊藤　三郎', '伊藤　三郎', '理事', null],
			['監事（欠席）　渡辺　四郎', '渡辺　四郎', '監事', null],
			['幹事（Ｗｅｂ参加）', null, '幹事', null],
		]);
	});
	test('padded to a column before the name', () => {
		expect(members(['　理事長　　　　　　佐藤　一郎', '　理事（代理出席）　　鈴木　一郎', '　理事（オンライン）　高橋　次郎', '　監事（欠席）　　　　渡辺　四郎'])).toEqual([
			['理事長　佐藤　一郎', '佐藤　一郎', '理事長', null],
			['理事（代理出席）　鈴木　一郎', '鈴木　一郎', '理事', null],
			['理事（オンライン）　高橋　次郎', '高橋　次郎', '理事', null],
			['監事（欠席）　渡辺　四郎', '渡辺　四郎', '監事', null],
		]);
	});
});
