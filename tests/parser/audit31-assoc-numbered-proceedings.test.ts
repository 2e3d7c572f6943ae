/**
 * A PTA's 総会 whose order of the day opens the text right under the roll, each part numbered with a space and who speaks in it
 * as a role and a surname a space apart (`１　開会のことば（副会長　永井）`, `２　会長あいさつ（会長　長尾）`): each a heading of the
 * text, never an entry of the roll above (`司会：副会長　永井`); `議長選出` after a turn is a part of its own, not that turn's words.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const result = () =>
	parseLines(
		[
			'令和６年度　ひまわり中学校ＰＴＡ定期総会　議事録',
			'',
			'日時：令和６年４月２０日（土）１０：３０～１１：３０',
			'場所：ひまわり中学校　体育館',
			'司会：副会長　永井',
			'',
			'１　開会のことば（副会長　永井）',
			'２　会長あいさつ（会長　長尾）',
			'　皆さん、おはようございます。本日はよろしくお願いします。',
			'３　議長選出',
			'　　議長に２年保護者の吉岡氏が選出された。',
			'４　議事',
			'　保護者（３年）：広報誌のデジタル化は検討していますか。',
			'　会長：今年度から学校のホームページでも公開します。',
			'５　閉会のことば（副会長　中山）',
		],
		'pta.txt',
	);

describe('numbered parts of the meeting with who speaks in them', () => {
	test('are no entries of the roll above', () => {
		expect(result().meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['司会', ['副会長　永井']]]);
	});

	test('head the text, the greeting its speaker’s and the election no one’s words', () => {
		const parsed = result();
		expect(parsed.meeting?.sections.map((section) => section.title)).toEqual(expect.arrayContaining(['１　開会のことば（副会長　永井）', '２　会長あいさつ（会長　長尾）', '議長選出', '５　閉会のことば（副会長　中山）']));
		expect(turnsOf(parsed)).toEqual([
			['会長　長尾', '皆さん、おはようございます。本日はよろしくお願いします。'],
			['保護者（３年）', '広報誌のデジタル化は検討していますか。'],
			['会長', '今年度から学校のホームページでも公開します。'],
		]);
	});
});
