/**
 * An online meeting's invitation pasted above the minutes (Zoom's, Teams'): its topic is the title, its time the date
 * field (12-hour clock read), its service the place; its link, meeting ID and passcode are no part of the minutes.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const options = { source: 'a.txt', sourceHash: '0'.repeat(64) };

describe("a Zoom invitation over a choir committee's minutes", () => {
	const text = [
		'トピック: 第２回 やまびこ合唱団 運営委員会',
		'時刻: 2024年6月3日 07:30 PM 大阪、札幌、東京',
		'',
		'Zoomミーティングに参加する',
		'https://us02web.zoom.us/j/81234567890?pwd=QWERTYuiop',
		'',
		'ミーティングID: 812 3456 7890',
		'パスコード: 123456',
		'',
		'―――――――――――――――――',
		'議事録',
		'',
		'出席：団長 河合、副団長 石原、会計 菅野、団員代表 宮本',
		'欠席：なし',
		'',
		'河合団長：定期演奏会の会場が確定しました。１１月１０日、市民会館大ホールです。',
		'菅野会計：会場費は前回より１万円上がります。',
		'石原副団長：賛成です。',
	].join('\n');

	test('the topic titles it, the time (PM) dates it, the service places it', () => {
		const [result] = parseDocuments(text, options);
		const meeting = result?.meeting;
		expect([meeting?.title, meeting?.series, meeting?.session, meeting?.date, meeting?.start, meeting?.location]).toEqual(['第２回 やまびこ合唱団 運営委員会', 'やまびこ合唱団 運営委員会', 2, '2024-06-03', '19:30', 'オンライン（Zoom）']);
		expect(result?.diagnostics.some((diagnostic) => diagnostic.code === 'meeting-invitation' && diagnostic.line === 4)).toBe(true);
	});

	test('the roll under the rule and the lone 議事録 is read, and the turns below it', () => {
		const [result] = parseDocuments(text, options);
		expect(result?.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席者', ['河合', '石原', '菅野', '宮本']],
			['欠席', []],
		]);
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['河合団長', '菅野会計', '石原副団長']);
	});

	test('the link, the meeting ID and the passcode are nowhere in the record', () => {
		const [result] = parseDocuments(text, options);
		const written = JSON.stringify(result?.meeting);
		for (const secret of ['zoom.us', '812 3456 7890', '123456', 'ミーティングID']) expect(written).not.toContain(secret);
	});
});

describe("a Teams invitation over a team's weekly minutes", () => {
	test('件名 is the title, the time zone is left out of the date field, Teams is the place', () => {
		const text = [
			'Microsoft Teams 会議',
			'',
			'件名：プロダクト開発 週次ミーティング',
			'日時：2024年4月1日(月) 14:00～15:00 (UTC+09:00) 大阪、札幌、東京',
			'会議 ID: 412 835 097 112',
			'パスコード: aB3xYz',
			'',
			'参加者：村井、柳、浅野',
			'',
			'村井：4/10のリリースに向けて残課題を確認します。',
			'柳：決済周りのバグ2件は本日中に修正します。',
			'浅野：ヘルプ画面の文言修正を追加でお願いしたい。',
		].join('\n');
		const [result] = parseDocuments(text, options);
		const meeting = result?.meeting;
		expect([meeting?.title, meeting?.date, meeting?.start, meeting?.end, meeting?.location]).toEqual(['プロダクト開発 週次ミーティング', '2024-04-01', '14:00', '15:00', 'オンライン（Microsoft Teams）']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['村井', '柳', '浅野']);
		expect(JSON.stringify(meeting)).not.toContain('aB3xYz');
	});

	test('minutes that only mention the service (no ID, no link) are left as they are', () => {
		const text = ['第3回 広報委員会 議事録', '日時：2024年4月1日(月) 14:00～15:00', '場所：Zoomミーティング', '出席者：村井、柳', '', '村井：次号の特集を決めます。', '柳：防災特集を提案します。'].join('\n');
		const [result] = parseDocuments(text, options);
		expect([result?.meeting?.location, result?.diagnostics.some((diagnostic) => diagnostic.code === 'meeting-invitation')]).toEqual(['Zoomミーティング', false]);
	});
});
