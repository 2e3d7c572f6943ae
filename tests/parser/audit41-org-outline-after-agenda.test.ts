/**
 * An association's 総代会 (or 総会) whose 議題 lists its motions, `第１号議案　…` / … / `第４号議案　…`, then past a blank line
 * heads the record with its own outline numbered from one, `１　開会` over `　司会の副会長（藤井）が開会を宣言した。`,
 * `２　会長あいさつ`, `３　議長選出`, `４　議事`: the outline is the text's, never more of the agenda (each part's account
 * had been run into an item's title, `開会司会の副会長（藤井）が開会を宣言した。`, and lost from the text).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseLines } from './unseen-helpers.ts';

const minutes = [
	'ひかり台自治会　令和６年度　定期総会　議事録',
	'',
	'日　時　令和６年４月２１日（日）　午前１０時００分～１１時３０分',
	'場　所　ひかり台自治会館',
	'出席者　出席会員　５４名、委任状　４０名、計９４名',
	'',
	'議　題',
	'　第１号議案　令和５年度事業報告の承認について',
	'　第２号議案　令和６年度予算（案）について',
	'',
	'１　開会',
	'　司会の副会長（藤井）が開会を宣言した。',
	'',
	'２　会長あいさつ',
	'　会長（松尾　恭一）があいさつした。',
	'',
	'３　議事',
	'第１号議案　令和５年度事業報告の承認について',
	'　松尾会長が議案書に基づき説明した。',
	'質問（中央班　山本会員）　集会所の予約が取りにくい。改善の予定はあるか。',
	'回答（会長）　来年度から予約をインターネットでも受け付ける。',
	'　賛成多数で承認された。',
	'第２号議案　令和６年度予算（案）について',
	'　全員異議なく承認された。',
];

describe('an association’s outline numbered from one past its list of motions', () => {
	const result = parseLines(minutes, 'sokai.txt');

	test('the agenda is the motions alone', () => {
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案　令和５年度事業報告の承認について', '第２号議案　令和６年度予算（案）について']);
	});

	test('the opening and the chair’s greeting are the text’s', () => {
		const kept = bodyText(result);
		for (const line of ['司会の副会長（藤井）が開会を宣言した。', '会長（松尾　恭一）があいさつした。', '会長あいさつ']) expect(kept).toContain(fold(line));
	});
});
