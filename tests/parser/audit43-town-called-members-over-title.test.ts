/**
 * A town's 臨時会 record as a minutes site copies it: the mayor's call to the sitting (`…町告示第48号`, `…を次のとおり招集する`,
 * its 期日 and 場所) comes first, then `開会日に応招した議員` over the members who answered the call, two names a line, each with
 * 君, and `応招しなかった議員` with `なし` on the line under it, between rules; the record's title and 議事日程 follow. The
 * heading's `開会日` had been read as the field of the day, its members as notes of the cover, and the title line under
 * `なし` as a member who did not answer.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseText, rollsOf } from './unseen-helpers.ts';

const record = [
	'令和 5年 7月臨時会(第3回)',
	'',
	'みずき町告示第48号',
	' 令和5年第3回みずき町議会臨時会を次のとおり招集する',
	'    令和5年7月3日',
	'                                みずき町長 片桐 宗一',
	'1 期 日  令和5年7月18日',
	'2 場 所  みずき町議会議場',
	'──────────────────────────────',
	'開会日に応招した議員',
	'有馬 義春君          市谷 昌平君',
	'東 千代子君          下平 毅君',
	'神田 宣之君',
	'──────────────────────────────',
	'応招しなかった議員',
	'なし',
	'──────────────────────────────',
	'───────────────────────────────────────────',
	'令和5年 第3回(臨時)み ず き 町 議 会 会 議 録(第1日)',
	'                             令和5年7月18日(火曜日)',
	'───────────────────────────────────────────',
	'議事日程(第1号)',
	'午前9時30分開議',
	' 日程第 1 会議録署名議員の指名について',
	' 日程第 2 会期の決定について',
	'──────────────────────────────',
	'午前9時30分開会',
	'○議長(神田 宣之君) ただいまから令和5年第3回みずき町議会臨時会を開会いたします。',
	'○議員(東 千代子君) 一点伺います。',
	'○議長(神田 宣之君) これにて閉会します。',
	'午前10時12分閉会',
].join('\n');

describe('the members called to the sitting, above the record title', () => {
	test('a roll of the members, none absent, no notes of names', () => {
		const result = parseText(record, 'mizuki-2023-07-18.txt');
		expect(rollsOf(result)).toEqual([['出席議員', ['null 有馬 義春', 'null 市谷 昌平', 'null 東 千代子', 'null 下平 毅', 'null 神田 宣之']]]);
		expect(notesOf(result).filter((note) => note.includes('君'))).toEqual([]);
		expect(result.meeting?.date).toBe('2023-07-18');
	});
});
