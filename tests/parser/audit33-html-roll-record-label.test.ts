/**
 * An assembly's roll with the record's label under it (`議事の経過`, `会議の経過`, as a village's saved page heads the record
 * after `応招議員`): the label ends the roll and is kept as a note, never a member named 議事の経過.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.html', sourceHash: '0'.repeat(64) })[0];

describe("the record's label under the roll", () => {
	for (const label of ['議事の経過', '会議の経過']) {
		test(label, () => {
			const result = parse([
				'平成１６年第３回ふじ村議会臨時会会議録',
				'',
				'招集年月日　平成１６年８月２０日',
				'招集場所　　ふじ村議会議場',
				'',
				'応招議員',
				'　１番　森　田　義　男　　　２番　上　田　晴　美',
				'　３番　工　藤　　　進　　　４番　岩　崎　良　一',
				'',
				label,
				'',
				'○議長（岩崎良一君）　ただいまから臨時会を開会します。',
				'○村長（大石和夫君）　提案理由を申し上げます。',
				'○議長（岩崎良一君）　以上で閉会します。',
			]);
			const meeting = result?.meeting;
			expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['森田義男', '上田晴美', '工藤 進', '岩崎良一']);
			expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（岩崎良一君）', '村長（大石和夫君）', '議長（岩崎良一君）']);
			expect(JSON.stringify(result?.body)).toContain(label);
		});
	}
});
