/**
 * A neighbourhood association's 総会 and 組長定例会: members on the roll with the number of their 部 after the name
 * (`岡部(3)`), a part of the meeting with who speaks in it right after the roll (`開会の言葉(鴨井副会長)`), each part's
 * report by who speaks for it (`1部(岩崎部長):…`), members asking for their 組 (`3組 組長:…`), and the record of the
 * vote after the questions. Before, the opening words were read into the roll, and each unnamed question into the answer
 * above it.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const SOKAI = `若葉台第一町会 定期総会 議事録
日 時 : 令和6年5月19日(日) 午後2時~3時
出席者 : 秋元(1),大島(3),堀田(7),森本(4)

開会の言葉(栗田副会長)

 本日はお集まりいただきありがとうございます。

議事

第1号議案 令和5年度活動報告(各部長)

 1部(大島部長):春と秋の清掃活動を実施した。
 2部(堀田部長):敬老会を9月に開催した。

質疑

 大島(3):防犯灯のLED化は進んでいるのか。
 秋元会長:今年度中に残りをLED化する予定です。
 堀田(7):会費の値上げは考えていないのか。
 森本会計:当面は現在の会費で運営できる見込みです。

 以上、第1号議案とも拍手で承認された。
`;

const TEIREIKAI = `令和6年度 6月 組長定例会
日時 令和6年6月8日(土) 19:00〜20:00
場所 集会所

議題 アドバイザー制度について

3組 組長:アドバイザーの負担が大きくならないか。
総務部長:相談を受けるだけで、行事への出席は求めない。
7組 組長:アドバイザーの名簿は公開するのか。
総務部長:役員用HPにのみ掲載する。
`;

describe('an association\'s 総会 with members numbered by their 部', () => {
	const { meeting, body } = parseMinutes(SOKAI, { source: 's.txt', sourceHash: '0'.repeat(64) });

	test('the opening words after the roll are the speaker\'s remark, not more of the roll', () => {
		expect(meeting!.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['秋元', '大島', '堀田', '森本']);
		expect(meeting!.remarks[0]).toMatchObject({ speaker: '栗田副会長', text: '本日はお集まりいただきありがとうございます。' });
	});

	test('each part\'s report, each numbered member\'s question and each answer is a turn of its own', () => {
		expect(meeting!.remarks.slice(1).map((remark) => [remark.speaker, remark.text])).toEqual([
			['大島部長（1部）', '春と秋の清掃活動を実施した。'],
			['堀田部長（2部）', '敬老会を9月に開催した。'],
			['大島(3)', '防犯灯のLED化は進んでいるのか。'],
			['秋元会長', '今年度中に残りをLED化する予定です。'],
			['堀田(7)', '会費の値上げは考えていないのか。'],
			['森本会計', '当面は現在の会費で運営できる見込みです。'],
		]);
	});

	test('the vote\'s record after the questions is a note', () => {
		const notes = body.flatMap((section) => section.children).filter((block) => block.type === 'note');
		expect(notes.map((note) => (note as { text: string }).text)).toContain('以上、第1号議案とも拍手で承認された。');
	});
});

describe('members asking for their 組', () => {
	const { meeting } = parseMinutes(TEIREIKAI, { source: 't.txt', sourceHash: '0'.repeat(64) });

	test('each question is its own turn, not the answer above it', () => {
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['3組 組長', '総務部長', '7組 組長', '総務部長']);
	});
});
