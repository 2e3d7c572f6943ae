/**
 * An older prefectural record as a minutes system exports it: filed under the era the system knows (`平成58年 3月 定例会`)
 * above the record's own line in 昭和, and its members' names centred in a column, padded to four letters.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const sitting = [
	'平成58年 3月 定例会',
	'  昭 和 五十八年 みなと県議会三月定例会会議録',
	'   第三号',
	'―――――――――――――――――――――――――――',
	'昭和五十八年三月十日（木曜日）',
	'   議事日程 第三号',
	' 第一 一般質問',
	'      ―――――――○―――――――',
	'出席議員（四名）',
	'                 山 本 太 郎 君',
	'                 長谷川   守 君',
	'                 森 田   進 君',
	'                 川 口 和 子 さん',
	'欠席議員（なし）',
	'      ―――――――○―――――――',
	'  午前十時二分開議',
	'○議長（山本太郎君） これより本日の会議を開きます。',
	'○長谷川守君 質問いたします。',
	'○議長（山本太郎君） 本日はこれをもって散会いたします。',
	'  午前十一時散会',
];

describe('a 昭和 record filed under 平成', () => {
	const result = parseLines(sitting);

	test('the record’s own era for the same year names the session', () => {
		expect(result.meeting?.title).toContain('昭和58年3月定例会');
		expect(result.meeting?.title).not.toContain('平成58年');
		expect(result.meeting?.date).toBe('1983-03-10');
	});

	test('a name padded to a centred column is one member', () => {
		const present = result.meeting?.participants.find((group) => group.group === '出席議員');
		expect(present?.members.map((member) => member.name)).toEqual(['山本太郎', '長谷川守', '森田進', '川口和子']);
	});
});
