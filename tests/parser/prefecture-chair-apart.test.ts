/**
 * A prefectural assembly's record that sets the chair and the deputy apart above the members by seat
 * (`議長                  山田太郎君` over `出席議員（四名）`), and lists `会議に付した事件` after the 議事日程 again,
 * with the opening in brackets (`開 会（午後一時四分）`) below it.
 */
import { describe, expect, test } from 'vitest';
import { readSittingTime } from '../../src/parser/date.ts';
import { parseLines } from './unseen-helpers.ts';

const sitting = [
	'令和 3年 2月 定例会(第380回)',
	'',
	'第三百八十回',
	'みなと県議会（定例会）会議録',
	'（第一号）',
	'',
	'令和三年二月十六日（火曜日）',
	'  午後一時開会',
	'  午後三時十分散会',
	'議長                  山田太郎君',
	'副議長                 川村花子君',
	'出席議員（四名）',
	'  第一番  佐藤一郎君      第二番  鈴木次郎君',
	'  第三番  高橋三郎君      第四番  田中四郎君',
	'欠席議員（なし）',
	'説明のため出席した者',
	'  知事                    中村五郎君',
	'    ――――――――――――――――――――――――――――――',
	'議事日程（第一号）',
	'令和三年二月十六日（火）午後一時開議',
	'第一 会議録署名議員の指名',
	'第二 会期の決定',
	'第三 議第一号議案ないし議第五号議案',
	'    ――――――――――――――――――――――――――――――',
	'会議に付した事件',
	'一 開会日程第一 会議録署名議員の指名',
	'二 日程第二 会期の決定',
	'三 日程第三 議第一号議案ないし議第五号議案',
	'    ――――――――――――――――――――――――――――――',
	'   開 会（午後一時一分）',
	'○議長（山田太郎君） ただいまから第三百八十回みなと県議会を開会いたします。',
	'○知事（中村五郎君） 提出議案について御説明申し上げます。',
];

describe('a prefecture’s chair set apart above the roll', () => {
	const result = parseLines(sitting);
	const meeting = result.meeting;

	test('`議長  …君` and `副議長  …君` above the roll are the chair and the deputy, not notes', () => {
		const members = meeting?.participants.flatMap((group) => group.members) ?? [];
		expect(members.find((member) => member.name === '山田太郎')?.title).toBe('議長');
		expect(members.find((member) => member.name === '川村花子')?.title).toBe('副議長');
		expect(meeting?.participants.find((group) => group.group === '出席議員')?.members).toHaveLength(4);
	});

	test('`会議に付した事件` after the 議事日程 adds nothing to its last item', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['会議録署名議員の指名', '会期の決定', '議第一号議案ないし議第五号議案']);
	});

	test('the opening in brackets after a spaced event (`開 会（午後一時一分）`) is a sitting time', () => {
		expect(meeting?.agenda.some((item) => item.title.includes('開 会'))).toBe(false);
		expect(meeting?.start).toBe('13:00');
		expect(readSittingTime('   開 会（午後一時一分）')).toMatchObject({ event: '開会', clock: '13:01' });
		expect(readSittingTime('閉会(15:10)')).toMatchObject({ event: '閉会', clock: '15:10' });
	});
});
