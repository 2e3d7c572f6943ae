/**
 * A learned society's committee writes its minutes in Markdown, the members present on one line with the role after the last
 * name, a space before 各 (`出席: 上原委員長、阿部副委員長、石井、大塚、野口 各委員`): every bare name before it is a 委員 (they
 * had been members of no post, the last one named `野口 各`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = [
	'# 日本河川生態学会 第5回 広報委員会 議事録',
	'',
	'日時: 2024年11月8日（金）15:00–16:00',
	'場所: オンライン（Zoom）',
	'出席: 上原委員長、阿部副委員長、石井、大塚、野口 各委員',
	'欠席: 平井委員',
	'',
	'## 1. ニュースレターの発行',
	'上原委員長：次号は12月に出したい。',
	'石井委員：特集の原稿は今月中に集めます。',
	'大塚委員：写真の使用許諾を確認します。',
];

describe('the role after the last name, a space before 各', () => {
	const result = parseLines(minutes, 'koho.md');

	test('every bare name is a 委員', () => {
		expect(result.meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['上原', '委員長'],
			['阿部', '副委員長'],
			['石井', '委員'],
			['大塚', '委員'],
			['野口', '委員'],
		]);
	});
});
