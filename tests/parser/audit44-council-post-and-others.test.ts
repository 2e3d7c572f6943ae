/**
 * A city's 審議会 会議録 lists its office under the members by one official's post and the others with them counted, a space
 * apart (`　事務局　都市計画課長　外２名`, `　事務局　都市計画課長　ほか３名`), as councils' rolls write the staff they do not name.
 * The line is the office's group: the post its member, the others counted its note (the whole line had become a note on the
 * members' group above it, the office lost).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

describe('an official by post and the others counted', () => {
	for (const others of ['外２名', 'ほか３名']) {
		test(others, () => {
			const { meeting } = parseText(
				[
					'令和６年度第１回みどり市景観審議会　会議録',
					'',
					'日時　令和６年７月９日（火）午後２時～午後４時',
					'場所　みどり市役所　会議室',
					'出席者',
					'　委員　佐野会長、岸副会長、戸田委員',
					`　事務局　都市計画課長　${others}`,
					'',
					'議題',
					'（１）景観計画について',
					'',
					'議事の経過',
					'事務局：ただいまから開会します。',
				].join('\n'),
				'a.txt',
			);
			expect(meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title])])).toEqual([
				[
					'委員',
					null,
					[
						['佐野', '会長'],
						['岸', '副会長'],
						['戸田', '委員'],
					],
				],
				['事務局', others, [[null, '都市計画課長']]],
			]);
		});
	}
});
