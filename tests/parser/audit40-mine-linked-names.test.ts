/**
 * A prefectural assembly's record copied from a page that links each name, so that a post, a name and 君 stand a line each
 * (`議長` / `高橋伸二` / `君` above the roll, `知事` / `村井嘉一` / `君` under 説明のため出席した者). Before, the chair and the deputy
 * were three notes each and every 君 under a post a note of its own; now the chair and the deputy are the roll's 議長・副議長, and
 * a 君 after a name is no one.
 */
import { describe, expect, test } from 'vitest';
import type { Block, BodySection } from '../../src/parser/types.ts';
import { parseText } from './unseen-helpers.ts';

const SITTING = `令和 5年 11月 定例会(第390回)
みなと県議会
(定例会)会議録
(第一号)
令和五年十一月二十八日(火曜日)
午後一時四分開会
午後二時十九分散会
議長
高橋伸二
君
副議長
本木忠一
君
出席議員
(三名)
第一番
ふなやま由美
君
第二番 かっち 恵君
第三番
平岡静香
君
説明のため出席した者
知事
村井嘉一
君
副知事
伊藤哲也
君
────────────────────
○議長(高橋伸二君) ただいまから第三百九十回みなと県議会を開会いたします。
○知事(村井嘉一君) 本日ここに、第三百九十回みなと県議会が開会されるに当たり、御説明申し上げます。
○議長(高橋伸二君) 本日は、これをもって散会いたします。
`;

/** The notes of a record's body, in order. */
function notes(blocks: readonly (Block | BodySection)[]): string[] {
	return blocks.flatMap((block) => ('type' in block && block.type === 'note' ? [block.text] : 'children' in block ? notes(block.children) : []));
}

describe('a post, a name and 君 a line each', () => {
	test('the chair and the deputy are the roll’s, a 君 after a name no note', () => {
		const { meeting, body } = parseText(SITTING, 'minato-pref-r5-11-1.txt');
		const rolls = Object.fromEntries((meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => [member.title, member.name])]));
		expect(rolls['議長・副議長']).toEqual([
			['議長', '高橋伸二'],
			['副議長', '本木忠一'],
		]);
		expect(rolls['説明のため出席した者']).toEqual([
			['知事', '村井嘉一'],
			['副知事', '伊藤哲也'],
		]);
		expect(rolls['出席議員']?.map(([, name]) => name)).toEqual(['ふなやま由美', 'かっち 恵', '平岡静香']);
		const kept = notes(body);
		expect(kept).not.toContain('君');
		expect(kept).not.toContain('議長');
		expect(kept).not.toContain('高橋伸二');
	});
});
