/**
 * An association's roll: a role in brackets padded to its column (`（理　事）　高畑正人`), and the surnames of one post joined
 * by ・ in an entry alone (`理事　大野・小松・杉本`: three members).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

describe('an association\'s roll rows', () => {
	test('a padded bracketed role and surnames joined by ・', () => {
		const lines = [
			'一般社団法人東西地域振興協会　第15回理事会　議事録',
			'日時　令和６年６月28日（金）14時',
			'出席者',
			'　（理事長）　大塚　誠',
			'　（理　事）　高畑正人',
			'　理事　大野・小松・杉本',
			'　監事　村田　浩',
			'議事',
			'○大塚理事長　始めます。',
		];
		const meeting = parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			[
				'出席者',
				[
					['大塚　誠', '理事長'],
					['高畑正人', '理事'],
					['大野', '理事'],
					['小松', '理事'],
					['杉本', '理事'],
					['村田　浩', '監事'],
				],
			],
		]);
		expect(meeting?.participants[0]?.members[1]?.text).toBe('（理　事）高畑正人');
	});
});
