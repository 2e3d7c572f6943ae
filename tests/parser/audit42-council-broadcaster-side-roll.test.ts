/**
 * A broadcaster's 放送番組審議会 議事録 counts and names its members under `3.委員の出席` (`委員総数   8名`, `出席委員数  7名`,
 * `出席委員の氏名`, `欠席委員の氏名`), then names the station's staff under `放送事業者側出席者名`. That label heads a roll of its own:
 * the staff had been read as more absent members, the label one of them, and `委員の出席` was warned of as an unknown section.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'放送番組審議会議事録',
	'',
	'1.開催年月日   令和5年6月29日(木)',
	'',
	'2.開催場所    株式会社みどり放送本社 第1会議室',
	'',
	'3.委員の出席',
	'',
	'          委員総数   8名',
	'',
	'          出席委員数  7名',
	'',
	'  出席委員の氏名',
	'',
	'    柴崎宏明委員長、青柳千晴副委員長、石黒和彦委員',
	'',
	'  欠席委員の氏名',
	'',
	'    馬場英子委員',
	'',
	'  放送事業者側出席者名',
	'',
	'    早乙女代表取締役社長、吉岡報道制作局長',
	'',
	'    江藤編成部長、保科報道部長',
	'',
	'4.議 題',
	'',
	'  (1)番組審議「みどりの里 夏のたより」',
	'',
	'5.審議の概要',
	'',
	'  (1)番組審議「みどりの里 夏のたより」',
	'',
	'  ・地域の夏祭りを丁寧に紹介していてよかったとの意見があった。',
].join('\n');

describe('the station’s staff under 放送事業者側出席者名', () => {
	const { meeting, diagnostics } = parseText(record, 'a.txt');

	test('are a roll of their own, not absent members', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name ?? member.text)])).toEqual([
			['出席委員の氏名', ['柴崎宏明', '青柳千晴', '石黒和彦']],
			['欠席委員の氏名', ['馬場英子']],
			['放送事業者側出席者名', ['早乙女', '吉岡', '江藤', '保科']],
		]);
	});

	test('委員の出席 over the counts is no unknown section', () => {
		expect(diagnostics.filter((d) => d.code === 'unknown-section')).toEqual([]);
	});
});
