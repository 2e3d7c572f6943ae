/**
 * A committee's summary record as local assemblies publish it: the date in the title and again over the time and
 * the room, rules between the parts, the closing time, and the roll after the text under `[出席委員]`.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes, type Block } from '../../src/parser/index.ts';

const text = [
	'令和６年６月３日議会運営委員会－06月03日-01号',
	'',
	'令和６年６月３日議会運営委員会',
	'',
	'                                  令和６年６月３日(月)',
	'                                         午前10時',
	'                                     第１委員会室',
	'',
	'[議題]',
	' 1.会期について',
	' 2.その他',
	'    ………………………………………………………………………………',
	'          9時59分開会',
	'○委員長(山川一郎) ただいまから、議会運営委員会を開会する。',
	'    ──────────────────',
	'1.会期について',
	'○委員長(山川一郎) 会期は、６月１０日から６月２８日までの１９日間としてよいか。',
	'  (「異議なし」と呼ぶ者あり)',
	'    ──────────────────',
	'2.その他',
	'○川村花子委員 次回の日程を確認したい。',
	'○委員長(山川一郎) 次回は６月７日とする。',
	'    ──────────────────',
	'          10時21分閉会',
	'[出席委員]',
	' 委員長 山川一郎',
	' 委員 川村花子、森田次郎',
].join('\n');

const result = parseMinutes(text, { source: 'a.txt', sourceHash: '0'.repeat(64) });
const blocks = (result.body ?? []).flatMap((section) => section.children);
const texts = (block: Block): string[] => (block.type === 'remark' ? block.children.flatMap(texts) : block.type === 'list' ? block.items.map((item) => item.text) : [block.text]);

describe('a committee summary with rules, a closing time and the roll after the text', () => {
	test('the room under the date and time is the place, not the date written again', () => {
		expect(result.meeting).toMatchObject({ date: '2024-06-03', start: '10:00', location: '第１委員会室' });
	});

	test('a rule is a line of its own, never joined to a remark\'s words', () => {
		const remarks = result.meeting?.remarks ?? [];
		expect(remarks.map((remark) => remark.text).filter((said) => /──/u.test(said) && !/^──+$/mu.test(said))).toEqual([]);
		expect(remarks.find((remark) => remark.text.startsWith('次回は'))?.text).toBe('次回は６月７日とする。');
	});

	test('the closing time is a note of its own, and the roll after it is under its heading', () => {
		expect(blocks.filter((block) => block.type === 'note').map((block) => (block.type === 'note' ? block.text : ''))).toContain('10時21分閉会');
		const roll = result.body.find((section) => section.title === '出席委員');
		expect(roll?.children.flatMap(texts).join('\n')).toContain('委員 川村花子、森田次郎');
	});
});
