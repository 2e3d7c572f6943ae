/**
 * Minutes an AI note taker writes (or a person types after its form) often open with the meeting's name as a labelled field,
 * no title above it: `【会議名】あおば台自治会 役員会` over `【日時】…`, `【場所】…`, `【参加者】…`. The name is the title, the
 * fields the header (the file had been kept as a plain document titled `【会議名】…`, its roll and place lost).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const REST = [
	'【日時】2024年12月7日（土）19:00〜20:15',
	'【場所】あおば台集会所',
	'【参加者】会長 吉村 浩、副会長 中山 順子、会計 原田 健',
	'',
	'■要約',
	'年末の夜回りの分担を話し合い、四班で実施することとした。',
	'',
	'■文字起こし',
	'[0:00] 吉村：では役員会を始めます。まず夜回りの件です。',
	'[0:12] 中山：去年は三班でしたが、人が足りなかったので四班にしたいです。',
	'[0:25] 吉村：そうしましょう。',
	'',
];

describe('the meeting’s name as the first field', () => {
	test.each(['【会議名】あおば台自治会 役員会', '＜会議名＞あおば台自治会 役員会', '■会議名：あおば台自治会 役員会', '会議タイトル：あおば台自治会 役員会'])('%s titles the minutes, its fields the header', (first) => {
		const { meeting, diagnostics } = parseText([first, ...REST].join('\n'), 'minutes.txt');
		expect(meeting?.title).toBe('あおば台自治会 役員会');
		expect(meeting?.date).toBe('2024-12-07');
		expect(meeting?.start).toBe('19:00');
		expect(meeting?.location).toBe('あおば台集会所');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]))).toEqual([
			['吉村 浩', '会長'],
			['中山 順子', '副会長'],
			['原田 健', '会計'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['吉村', '中山', '吉村']);
		expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').map((diagnostic) => diagnostic.message).join('\n')).not.toContain('layout not recognized');
	});

	test('a name field further down, under a title, stays a field', () => {
		const { meeting } = parseText(['役員会 議事録', '会議名：あおば台自治会 役員会', ...REST].join('\n'), 'minutes.txt');
		expect(meeting?.title).toBe('役員会 議事録');
	});
});
