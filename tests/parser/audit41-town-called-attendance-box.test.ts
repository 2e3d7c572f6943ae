/**
 * A town's 臨時会 record copied from a minutes site, its members in a table drawn in a box under `1.応招・出席・欠席議員(6名)`:
 * the head over four rows (`議 員 氏 名 │応 召 □ │第1日`, `議 席 │ │不応召 △ │(6月20日)`, `番 号 │ │ │出席 〇`, `│ │ │欠席 ×`),
 * then a row a member with the seat, the name padded to its cell, the mark of the call (`□`) and the day's (`〇`, `×`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'         令和6年第2回(6月)ことぶき町議会臨時会 会議録',
	'',
	' 開   会  令和6年6月20日(木曜日) 午前 9時32分',
	'',
	'1.応招・出席・欠席議員(4名)',
	'',
	'┌───┬─────────┬───────┬───────┐',
	'│   │議 員 氏 名  │応 召 □  │第1日    │',
	'│議 席│         │不応召 △  │(6月20日) │',
	'│番 号│         │       │出席 〇   │',
	'│   │         │       │欠席 ×   │',
	'├───┼─────────┼───────┼───────┤',
	'│1番 │山 中   猛  │   □   │   〇   │',
	'├───┼─────────┼───────┼───────┤',
	'│2番 │別 所 保 志  │   □   │   〇   │',
	'├───┼─────────┼───────┼───────┤',
	'│3番 │谷 口 義 人  │   □   │   ×   │',
	'├───┼─────────┼───────┼───────┤',
	'│4番 │大 谷 康 夫  │   □   │   〇   │',
	'└───┴─────────┴───────┴───────┘',
	'',
	'2.会議録署名議員',
	'  1番 山 中   猛   2番 別 所 保 志',
	'',
	'〇議長(大谷康夫君) おはようございます。ただいまの出席議員は3名です。これより本日の会議を開きます。',
	'',
	'〇議長(大谷康夫君) これにて閉会いたします。',
].join('\n');

describe('a box-drawn table of the members called and present', () => {
	const meeting = parseText(record, 'kotobuki-2024-06-20.txt').meeting;

	test('the present and the absent are the rolls, the head no member', () => {
		const names = (group: string) => meeting?.participants.find((entry) => entry.group === group)?.members.map((member) => member.name);
		expect(names('出席議員')).toEqual(['山中猛', '別所保志', '大谷康夫']);
		expect(names('欠席議員')).toEqual(['谷口義人']);
	});
});
