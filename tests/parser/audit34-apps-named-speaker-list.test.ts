/**
 * CLOVA Note lists who spoke under its header, the names its user gave them and the numbered speakers left unnamed, apart
 * by spaces (`石川 裕子 森田 健太 参加者 3`): each is a participant (the line had been lost and the roll left empty).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const TEXT = [
	'PTA運営委員会',
	'2024.12.18 Wed PM 6:30 ・ 24分 40秒',
	'石川 裕子 森田 健太 参加者 3',
	'',
	'石川 裕子 00:02',
	'それでは運営委員会を始めます。今日は卒業式の準備についてです。',
	'',
	'森田 健太 00:15',
	'記念品は例年どおり印鑑ケースでいいでしょうか。',
	'',
	'参加者 3 00:24',
	'今年は文房具セットにしてはどうでしょう。',
	'',
	'石川 裕子 00:40',
	'では両方の見積もりを取って、次回決めましょう。',
	'',
].join('\n');

describe('named speakers listed under a transcript’s header', () => {
	test('each listed speaker is a participant, in the order listed', () => {
		const { meeting } = parseText(TEXT, 'PTA運営委員会.txt');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.text, member.name]))).toEqual([
			['石川 裕子', '石川 裕子'],
			['森田 健太', '森田 健太'],
			['参加者 3', null],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['石川 裕子', '森田 健太', '参加者 3', '石川 裕子']);
		expect(meeting?.start).toBe('18:30');
	});

	test('a line naming someone who never speaks is no such list', () => {
		const { meeting } = parseText(TEXT.replace('石川 裕子 森田 健太 参加者 3', '石川 裕子 森田 健太 小池 亮'), 'PTA運営委員会.txt');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).not.toEqual(['石川 裕子', '森田 健太']);
	});
});
