/**
 * A 臨時会's header that sets the day's business (`日程第１　議長の選挙`) right under the roll of members, no 議事日程 heading
 * above it: the agenda's item, where it had been read as one more member of the roll.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

describe('an item of the day under the roll', () => {
	test('is the agenda, no member', () => {
		const meeting = parseDocuments(
			[
				'令和６年第１回もみじ村議会臨時会会議録',
				'',
				'令和６年５月２日（木）　午前１０時開会',
				'',
				'出席議員（３名）',
				'　１番　北川　亮　　２番　黒田　真　　３番　小西　香',
				'',
				'日程第１　議長の選挙',
				'日程第２　副議長の選挙',
				'',
				'○臨時議長（小西香）　ただいまから議長の選挙を行います。',
				'○議長（北川亮）　本日の会議を閉じます。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([['出席議員', ['北川 亮', '黒田 真', '小西 香']]]);
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '議長の選挙'],
			[2, '副議長の選挙'],
		]);
	});
});
