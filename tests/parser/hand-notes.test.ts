/**
 * A residents' association's 三役会 notes typed by hand: fields after `●` with a comma (`●場所、…`), the roll, who opens
 * (`福島会長より`), topics numbered with keycap emoji (`1️⃣…の件`), points without a full stop with who said them in
 * brackets after them, and a task with who does it. The roll had run on over the first topic and its points (taken out
 * of the text as people), and the points were no one's.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const NOTES = `2024/6/8(土)_三役会_ 議事録

  ●打ち合わせ日時、2024/6/8、19:00~20:00
  ●場所、集会所 1階
  ●出席者:浅野会長、杉浦様、寺田副会長、木島会計

浅野会長より

1️⃣盆踊り大会の実行委員会立ち上げの件
・例年どおり7月の第3土曜で進めたい。
・やぐらの設営は若手にお願いしたい(浅野会長)
 →了解しました(杉浦様)
・提灯の買い替えは来年度に回す。

2️⃣防災訓練の件
・参加者が減っている。回覧で早めに周知したい(寺田副会長)
・会場予約(木島)

以上
`;

describe('hand-typed notes of a residents\' association', () => {
	const { meeting, body } = parseMinutes(NOTES, { source: 'n.txt', sourceHash: '0'.repeat(64) });
	const text = JSON.stringify(body);

	test('the roll ends at the blank line: the first topic and its points stay in the text', () => {
		expect(meeting!.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['浅野会長', '杉浦様', '寺田副会長', '木島会計']);
		expect(text).toContain('例年どおり7月の第3土曜で進めたい。');
	});

	test('a keycap-numbered topic heads a section', () => {
		expect(meeting!.sections.map((section) => section.title).filter((title) => title !== '')).toEqual(['盆踊り大会の実行委員会立ち上げの件', '防災訓練の件']);
	});

	test('a point without its full stop is said by the participant named after it, and only that point', () => {
		expect(meeting!.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['浅野会長', 'やぐらの設営は若手にお願いしたい'],
			['杉浦様', '了解しました'],
			['寺田副会長', '参加者が減っている。回覧で早めに周知したい'],
		]);
		expect(text).toContain('提灯の買い替えは来年度に回す。');
	});

	test('a task with who does it stays a point', () => {
		expect(text).toContain('会場予約(木島)');
	});
});

describe('a summary\'s answer after an arrow by the organisation named after it', () => {
	const { meeting } = parseMinutes(
		`データ連携推進ワーキンググループ（第２回）議事要旨
１．日時：令和６年４月１２日（金）１０：００～１２：００
３．出席者：
（委員）石田座長、宮本委員
６．議事概要
・会員企業の中で、第三者提供まで進んだ事例はどの程度あるのか。（宮本委員）
　→　約２割である。産業データが中心である。（地域データ連携協議会）
・論点を整理していただきたい。（石田座長）
`,
		{ source: 'w.txt', sourceHash: '0'.repeat(64) },
	);

	test('is that organisation\'s answer, not more of the question', () => {
		expect(meeting!.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['宮本委員', '会員企業の中で、第三者提供まで進んだ事例はどの程度あるのか。'],
			['地域データ連携協議会', '約２割である。産業データが中心である。'],
			['石田座長', '論点を整理していただきたい。'],
		]);
	});
});
