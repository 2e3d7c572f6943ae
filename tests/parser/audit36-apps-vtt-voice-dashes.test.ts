/**
 * Several voices in one WebVTT cue, each opened by a dash as captions mark who talks over whom (`<v 中島 修>- 賛成です。` over
 * `<v 上田 奈央>- 賛成です。`): each voice speaks its words without the dash (it had been kept at the start of both).
 */
import { describe, expect, test } from 'vitest';
import { parseText, turnsOf } from './unseen-helpers.ts';

const VTT = [
	'WEBVTT',
	'',
	'00:00:00.000 --> 00:00:04.000',
	'<v 中島 修>では採決します。</v>',
	'',
	'00:00:04.500 --> 00:00:06.000',
	'<v 上田 奈央>- 賛成です。</v>',
	'<v 西川 亮>- 異議ありません。</v>',
	'',
	'00:00:06.500 --> 00:00:09.000',
	'<v 中島 修>全員賛成で承認とします。</v>',
	'',
].join('\n');

describe('voices over each other in one cue, each after a dash', () => {
	test('each voice speaks its words without the dash', () => {
		expect(turnsOf(parseText(VTT, '役員会_2024-06-15.vtt'))).toEqual([
			['中島 修', '[0:00:00] では採決します。'],
			['上田 奈央', '[0:00:04] 賛成です。'],
			['西川 亮', '[0:00:04] 異議ありません。'],
			['中島 修', '[0:00:06] 全員賛成で承認とします。'],
		]);
	});
});
