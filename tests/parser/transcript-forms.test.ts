/** Turns written as an online meeting's transcript (`[00:00:05] 名前: …`) or as a table's columns (`会長<TAB>…`). */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';


describe('an online meeting\'s transcript', () => {
	test('each timed line is a turn of the name before its colon; the time stays with the words', () => {
		const result = parseLines(
			[
				'広報チーム定例 文字起こし',
				'日時: 2024年3月5日 9:30〜10:00',
				'参加者: 大川 亮, 坂井 舞, Kim Ji-woo',
				'',
				'[00:00:04] 大川 亮: おはようございます。始めます。',
				'[00:00:10] 坂井 舞: 先週の記事は公開済みです。',
				'[00:00:21] Kim Ji-woo: 英語版は明日出します。',
				'00:00:30 大川 亮: ありがとうございます。以上です。',
				'',
				'10:00 休憩：10分',
			],
		);
		expect(turnsOf(result)).toEqual([
			['大川 亮', '[00:00:04] おはようございます。始めます。'],
			['坂井 舞', '[00:00:10] 先週の記事は公開済みです。'],
			['Kim Ji-woo', '[00:00:21] 英語版は明日出します。'],
			['大川 亮', '00:00:30 ありがとうございます。以上です。\n10:00 休憩：10分'],
		]);
		// The schedule's line `10:00 休憩：10分` is no turn of a speaker named 休憩.
		expect(result.meeting?.remarks.some((remark) => remark.speaker === '休憩')).toBe(false);
	});
});

describe('a table of turns copied with tabs', () => {
	test('a speaker in the first column speaks the words in the second', () => {
		const result = parseLines(['第３回 地域交通会議 議事録', '日時：令和６年８月２日（金）１０時～１１時', '場所：町役場', '', '議事', '会長\t本日の議題に入ります。', '事務局\t資料１を説明します。', '会長\tご質問はありますか。']);
		expect(turnsOf(result)).toEqual([
			['会長', '本日の議題に入ります。'],
			['事務局', '資料１を説明します。'],
			['会長', 'ご質問はありますか。'],
		]);
	});
});

describe('a Q&A record', () => {
	test('questions and answers are turns, the answerer in brackets after the label taken into it', () => {
		const result = parseLines(
			[
				'令和６年度 みどり町 まちづくり懇談会 記録',
				'',
				'１．日　時　　令和６年１０月５日（土）　１９：００～２０：３０',
				'２．場　所　　南部公民館',
				'３．内　容',
				'',
				'【意見交換】',
				'質問：町道の補修はいつ行うのか。',
				'回答：（建設課長）今年度中に２路線を補修します。',
				'（問）バスの便を増やせないか。',
				'（答）（町長）事業者と協議しています。',
				'Ｑ１　公園の遊具を新しくしてほしい。',
				'Ａ１　来年度に更新する予定です。',
			],
		);
		expect(turnsOf(result)).toEqual([
			['質問', '町道の補修はいつ行うのか。'],
			['回答（建設課長）', '今年度中に２路線を補修します。'],
			['問', 'バスの便を増やせないか。'],
			['答（町長）', '事業者と協議しています。'],
			['Ｑ１', '公園の遊具を新しくしてほしい。'],
			['Ａ１', '来年度に更新する予定です。'],
		]);
	});
});

describe('a committee record with speech numbers before 【】 labels', () => {
	test('the numbers are no part of the turn, and the date alone on its line above the roll dates the record', () => {
		const result = parseLines(
			[
				'令和６年　建設委員会',
				'６月１０日（月曜日）',
				'',
				'建設委員会記録',
				'',
				'令和６年６月１０日（月曜日）',
				'午前１０時開会',
				'場所　第二委員会室',
				'',
				'出席委員（３名）',
				'委員長　　　　森　　太　郎',
				'委員　　　　　林　　花　子',
				'委員　　　　　原　　次　郎',
				'',
				'2101【森委員長】　ただいまから建設委員会を開会いたします。',
				'2102【林委員】　道路の補修計画について伺います。',
				'2103【森委員長】　以上で本日の委員会を閉会いたします。',
			],
		);
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ date: '2024-06-10', start: '10:00', location: '第二委員会室' });
		expect(turnsOf(result)).toEqual([
			['森委員長', 'ただいまから建設委員会を開会いたします。'],
			['林委員', '道路の補修計画について伺います。'],
			['森委員長', '以上で本日の委員会を閉会いたします。'],
		]);
	});
});

describe('more speakers of summaries and hearings', () => {
	test('a ministry in brackets answering, and a chair\'s deputy or a party heard on a line of their own', () => {
		const result = parseLines(
			[
				'第５回 農地制度検討会 議事要旨',
				'',
				'１．日時　令和３年７月８日（木）１０：００～１２：００',
				'２．場所　オンライン',
				'３．議事概要',
				'（委員）　申請の審査期間を短くしてほしい。',
				'（農林水産省）　標準処理期間を周知し、実態を調査したい。',
				'会長代理',
				'続いて、関係人の意見を聴取する。',
				'関係人',
				'事業の説明を求めます。',
			],
		);
		expect(turnsOf(result)).toEqual([
			['委員', '申請の審査期間を短くしてほしい。'],
			['農林水産省', '標準処理期間を周知し、実態を調査したい。'],
			['会長代理', '続いて、関係人の意見を聴取する。'],
			['関係人', '事業の説明を求めます。'],
		]);
	});
});
