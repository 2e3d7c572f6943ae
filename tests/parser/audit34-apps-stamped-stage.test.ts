/**
 * A transcript's text export stamps what happened between the turns with the time into the recording, as it stamps each
 * turn (`[1:02] （音声途切れ）`, `[00:01:02] ［音声なし］`): a note beside the words, as such a direction alone on its line is,
 * never words of the speaker above.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

/** The first remark's blocks as [type, text]. */
function firstRemark(lines: string[]): [string, string][] {
	const { body } = parseText(['開発定例', '2024年12月9日', '', ...lines].join('\n'), 'x.txt');
	const remark = body.flatMap((section) => section.children).find((block) => block.type === 'remark');
	return remark && 'children' in remark ? remark.children.map((block) => [block.type, 'text' in block ? block.text : '']) : [];
}

describe('a stage direction stamped with the time', () => {
	test.each(['[1:02] （音声途切れ）', '[00:01:02] ［音声なし］', '(01:02) (拍手)'])('%s is a note inside the turn it interrupts', (stage) => {
		expect(firstRemark(['[0:51] 話者A：デザインは今日中に戻します。', stage, '[1:10] 話者B：では以上です。'])).toEqual([
			['paragraph', '[0:51] デザインは今日中に戻します。'],
			['note', stage],
		]);
	});

	test('words after the time stay the speaker’s', () => {
		expect(firstRemark(['[0:51] 話者A：デザインは今日中に戻します。', '[1:02] （笑）それでは次に進みます。', '[1:10] 話者B：では以上です。'])).toEqual([
			['paragraph', '[0:51] デザインは今日中に戻します。'],
			['paragraph', '[1:02] （笑）それでは次に進みます。'],
		]);
	});
});
