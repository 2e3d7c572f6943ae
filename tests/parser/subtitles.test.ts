/**
 * Online meetings' transcripts in subtitle formats, as the apps save them: Microsoft Teams' WebVTT (voice tags, a cue id
 * of its own, one sentence cut into several cues), Zoom's cloud-recording WebVTT (`名前: …`, the file named after the
 * recording's UTC time), a transcription service's SubRip (the speaker before the timing), and a transcript with no date.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertSeeds } from '../../src/converter/convert.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';


const teams = [
	'WEBVTT',
	'',
	'3f1c2a9e-1b2c-4d5e-8f90-5a7b6c1d2e3f/12-0',
	'00:00:03.120 --> 00:00:09.340',
	'<v 森 智子>皆さん、おはようございます。定例の企画会議を始めます。</v>',
	'',
	'3f1c2a9e-1b2c-4d5e-8f90-5a7b6c1d2e3f/14-0',
	'00:00:18.520 --> 00:00:23.540',
	'<v 小川 健太>候補は市民ホールと産業会館です。市民ホールは駅から近いんですが、</v>',
	'',
	'3f1c2a9e-1b2c-4d5e-8f90-5a7b6c1d2e3f/15-0',
	'00:00:23.940 --> 00:00:29.440',
	'<v 小川 健太>11月の土日はもう埋まっています。</v>',
	'',
	'NOTE the guest joined late',
	'',
	'3f1c2a9e-1b2c-4d5e-8f90-5a7b6c1d2e3f/16-0',
	'00:01:29.840 --> 00:01:36.900 align:start position:10%',
	'<v Ichiro Tanaka (Guest)><i>駐車場</i>は何台ですか &amp; 料金は？</v>',
];

describe('a Teams transcript (WebVTT with voice tags)', () => {
	const result = parseLines(teams, '企画会議_2024-10-07.vtt');

	test('each speaker’s run of cues is one turn, stamped with its time into the recording, without tags or cue ids', () => {
		expect(turnsOf(result)).toEqual([
			['森 智子', '[0:00:03] 皆さん、おはようございます。定例の企画会議を始めます。'],
			['小川 健太', '[0:00:18] 候補は市民ホールと産業会館です。市民ホールは駅から近いんですが、11月の土日はもう埋まっています。'],
			['Ichiro Tanaka', '[0:01:29] 駐車場は何台ですか & 料金は？'],
		]);
	});

	test('the meeting is named and dated by the file’s name, the speakers listed as its participants', () => {
		expect(result.meeting?.title).toBe('企画会議');
		expect(result.meeting?.date).toBe('2024-10-07');
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['森 智子', '小川 健太', 'Ichiro Tanaka']);
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});
});

describe('a Zoom cloud recording’s transcript', () => {
	const zoom = ['WEBVTT', '', '1', '00:00:02.340 --> 00:00:08.410', '藤井 直人: それでは第3回ワーキンググループを始めます。', '', '2', '00:00:09.010 --> 00:00:15.080', '村上 玲奈: 事務局の村上です。資料1をご覧ください。', '', '3', '00:00:15.680 --> 00:00:23.070', 'iPhone: 途中から参加しました、大西です。'];

	test('the speaker before the colon speaks; the recording’s UTC time in the file’s name is the start in Japan’s time', () => {
		const result = parseLines(zoom, 'GMT20241114-050012_Recording.transcript.vtt');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['藤井 直人', '村上 玲奈', 'iPhone']);
		expect([result.meeting?.date, result.meeting?.start]).toEqual(['2024-11-14', '14:00']);
	});

	test('a recording started after 15:00 UTC is dated the next day in Japan', () => {
		const result = parseLines(zoom, 'GMT20241114-160000_Recording.transcript.vtt');
		expect([result.meeting?.date, result.meeting?.start]).toEqual(['2024-11-15', '1:00'.padStart(5, '0')]);
	});
});

describe('a SubRip transcript with the speaker before the timing', () => {
	const srt = ['1', '話者1 00:00:00,000 --> 00:00:06,800', 'それでは商店街活性化プロジェクトの打ち合わせを始めます。', '', '2', '話者1 00:00:07,300 --> 00:00:12,200', 'まず空き店舗の調査結果からお願いします。', '', '3', '話者2 00:00:12,700 --> 00:00:20,000', 'はい。62店舗のうち空き店舗は14店舗でした。'];

	test('reads each speaker’s turns; the cue numbers are no margin’s line numbers', () => {
		const result = parseLines(srt, 'notta-2024-09-12.srt');
		expect(turnsOf(result)).toEqual([
			['話者1', '[0:00:00] それでは商店街活性化プロジェクトの打ち合わせを始めます。まず空き店舗の調査結果からお願いします。'],
			['話者2', '[0:00:12] はい。62店舗のうち空き店舗は14店舗でした。'],
		]);
		expect(result.meeting?.date).toBe('2024-09-12');
		expect(result.diagnostics.map((d) => d.code)).not.toContain('line-numbers');
	});

	test('a date line above the first cue dates it when the file’s name holds none', () => {
		const result = parseLines(['WEBVTT', '', '商店街打ち合わせ 2024年9月12日', '', ...srt.slice(1, 3)], 'notta.vtt');
		expect(result.meeting?.date).toBe('2024-09-12');
		expect(turnsOf(result)).toEqual([['話者1', '[0:00:00] それでは商店街活性化プロジェクトの打ち合わせを始めます。']]);
	});
});

describe('a transcript with no date', () => {
	test('is refused with one line naming the first cue and the fix', () => {
		const result = parseLines(teams, 'teams-transcript.vtt');
		expect(result.meeting).toBeNull();
		expect(result.diagnostics).toEqual([
			expect.objectContaining({ severity: 'error', code: 'no-date', line: 4, message: expect.stringContaining('put the meeting\'s date in the file\'s name (e.g. 企画会議_2024-10-07.vtt)') }),
		]);
	});
});

describe('a transcript app’s plain text export', () => {
	test('an unnamed speaker with the time after it (`参加者 3 01:52`) speaks, and `PM 6:30` is the evening', () => {
		const result = parseLines(['地域防災計画ワーキング 第2回', '2024.06.07 Fri PM 6:30 ・ 41分 12秒', '山口 智也  佐々木 恵  参加者 3', '', '山口 智也 00:00', 'では時間になりましたので、地域防災計画ワーキングの第2回を始めます。', '', '参加者 3 01:52', '鍵の件は、学校の体育館の場合ですよね。', '', '山口 智也 02:10', 'それは大事な点ですね。市の危機管理課に依頼してみます。'], 'clova.txt');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['山口 智也', '参加者 3', '山口 智也']);
		expect(result.meeting?.start).toBe('18:30');
	});
});

describe('the converter', () => {
	test('reads .vtt and .srt seeds', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'subtitles-'));
		try {
			await writeFile(join(dir, '企画会議_2024-10-07.vtt'), teams.join('\n'));
			await writeFile(join(dir, '打ち合わせ_2024-09-12.srt'), ['1', '話者1 00:00:00,000 --> 00:00:06,800', '商店街の打ち合わせを始めます。', '', '2', '話者2 00:00:07,300 --> 00:00:12,200', '空き店舗は14店舗でした。'].join('\n'));
			const report = await convertSeeds({ seedsDir: dir, outDir: join(dir, 'out'), parse: parseDocuments, cache: false });
			expect(report.errors).toBe(0);
			expect(report.summaries).toHaveLength(2);
			const written = (await Promise.all((await readdir(join(dir, 'out'))).filter((name) => name.endsWith('.mdx')).map((name) => readFile(join(dir, 'out', name), 'utf8')))).join('');
			expect(written).toContain('speaker: "Ichiro Tanaka"');
			expect(written).toContain('空き店舗は14店舗でした。');
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
