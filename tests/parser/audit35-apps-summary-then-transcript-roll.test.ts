/**
 * A transcription app's export with its summary under its heading (`AI要約`) before the transcript's heading (`文字起こし`)
 * and the stamped turns, as Notta writes it: the speakers are the participants, as they are when the turns follow the header
 * directly, and the summary's points stay the text's.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseLines } from './unseen-helpers.ts';

const NOTTA = ['商品企画会議', '2024-10-15 14:00', '', 'AI要約', '・発売時期を来年三月とする方向で合意した。', '・デザインは二案に絞り込む。', '', '文字起こし', '話者1 00:00', 'では始めます。', '話者2 00:12', '製造ラインの都合で三月が最短です。', '話者3 00:51', '二案に絞りたいと考えています。'];

describe('a summary before the transcript', () => {
	test('the stamped speakers are the roll, the points the text', () => {
		const result = parseLines(NOTTA, 'notta_商品企画会議.txt');
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['参加者', ['話者1', '話者2', '話者3']]]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['話者1', '話者2', '話者3']);
		expect(bodyText(result)).toContain('デザインは二案に絞り込む。');
	});
});
