/**
 * Association and faculty minutes whose header goes on after the place with fields no label list names: counts
 * (`代議員定数　９０名　　出席代議員　８４名`), the sitting's time with counts (`午後7時30分　開会　　理事数　18名`), who chairs
 * (`議　長　　学部長　小田切　浩`), and after the roll who sits in and who keeps the record (`陪　席`, `記　録`): none of it
 * is more of the place, and each list of people is one of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const groups = (meeting: ReturnType<typeof read>) => meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)]);

describe('header fields after the place', () => {
	test('a line of counts is no more of the place', () => {
		const meeting = read(['第１１５回東山県医師会代議員会議事録', '', '日　時　令和６年６月１６日（日）午後３時００分', '場　所　東山県医師会館　５階大講堂', '代議員定数　９０名　　出席代議員　８４名', '', '○議長　ただいまから代議員会を開会します。', '○会長　ご審議をお願いします。']);
		expect([meeting?.location, meeting?.start]).toEqual(['東山県医師会館　５階大講堂', '15:00']);
	});

	test("the sitting's time with counts after it gives the start, and is no more of the place", () => {
		const meeting = read(['第１２回北浜市医師会理事会議事録', '', '日　時　令和６年９月１２日（木）', '会　場　北浜市医師会館３階　理事会室', '', '午後7時30分　開会　　理事数　18名　　出席理事　16名', '', '○会長　ただいまから理事会を開会します。', '○千葉理事　報告します。']);
		expect([meeting?.location, meeting?.start]).toEqual(['北浜市医師会館３階　理事会室', '19:30']);
		// (The counts stay in the record's text.)
		expect(JSON.stringify(parseDocuments(['第１２回北浜市医師会理事会議事録', '', '日　時　令和６年９月１２日（木）', '会　場　北浜市医師会館３階　理事会室', '', '午後7時30分　開会　　理事数　18名　　出席理事　16名', '', '○会長　ただいまから理事会を開会します。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.body)).toContain('理事数　18名');
	});

	test('who chairs after the place, and who sits in and keeps the record after the roll, are lists of their own', () => {
		const meeting = read(['文学部教授会議事要録（令和６年度第７回）', '', '日　時　　令和６年１０月１６日（水）１５時００分～１６時４５分', '場　所　　文学部棟３階　第一会議室', '議　長　　学部長　小田切　浩', '欠席者　　西谷教授、東教授', '陪　席　　学部事務長　村瀬、教務係長　片岡', '記　録　　総務係　坂口', '', '議事に先立ち，議長から定足数を満たしている旨の報告があった。']);
		expect(meeting?.location).toBe('文学部棟３階　第一会議室');
		expect(groups(meeting)).toEqual([
			['議長', ['学部長　小田切　浩']],
			['欠席者', ['西谷教授', '東教授']],
			['陪席', ['学部事務長　村瀬', '教務係長　片岡']],
			['記録', ['総務係　坂口']],
		]);
	});
});

describe('those present besides the board', () => {
	test('`７　その他出席者` under `６　出席監事` is a list of its own', () => {
		const meeting = read(['社会福祉法人　ひまわり会', '令和６年度第１回理事会議事録', '', '１　開催日時　　令和６年５月２８日（火）　午後２時００分から午後３時３５分まで', '', '２　開催場所　　特別養護老人ホームひまわり苑　２階会議室', '', '６　出席監事　　２名', '　　監　事　　　岡部　良太', '', '７　その他出席者', '　　施設長　増田　久美子、事務長　岩田　浩一', '', '８　議事の経過', '　理事長が議長となり、開会を宣した。']);
		expect(groups(meeting)?.map(([group]) => group)).toEqual(['出席監事', 'その他出席者']);
	});
});

describe('who chairs the proceedings after the roll', () => {
	test('`司　会：副会長 土屋` under `欠席：…` is a list of its own, not a group of the absent', () => {
		const meeting = read(['市立ひばりが丘小学校PTA　令和６年度第２回運営委員会議事録', '', '日時：令和６年７月５日（金）１０時～１１時３０分', '場所：ひばりが丘小学校　会議室', '出席：丸山会長、土屋副会長、江藤校長', '欠席：成人教育委員長 三上', '司　会：副会長 土屋', '', '丸山会長：今日は夏休みの行事についてご意見をいただきたいと思います。', '江藤校長：二学期からは登校時刻を５分遅らせる試行を始めます。']);
		expect(groups(meeting)?.slice(1)).toEqual([
			['欠席', ['成人教育委員長 三上']],
			['司会', ['副会長 土屋']],
		]);
	});
});
