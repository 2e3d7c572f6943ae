/**
 * A ward's education board heads its record with the body's name alone (`みどり区教育委員会会議録`), its fields marked ○, and the
 * sitting on a line of its own among them (`令和6年第20回定例会`): the sitting's number is the record's session (it had none, the
 * record filed by its date alone among the board's twenty-odd meetings a year).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (sitting: string) =>
	[
		'みどり区教育委員会会議録',
		'○開会日　令和6年6月28日（金）',
		'○場　所　みどり区教育委員会室',
		'○開　会　午前10時00分',
		'○閉　会　午前10時39分',
		sitting,
		'○出席委員',
		'　みどり区教育委員会教育長　　　田　辺　裕　子',
		'　みどり区教育委員会委員　　　　大　島　やよい',
		'',
		'午前10時00分開会',
		'田辺教育長',
		'　おはようございます。教育委員会第20回定例会を開会いたします。',
		'大島委員',
		'　指定校の選び方について教えてください。',
		'午前10時39分閉会',
	].join('\n');

describe('the sitting on a line of its own in the header', () => {
	for (const [sitting, session] of [['令和6年第20回定例会', 20], ['第３回臨時会', 3], ['令和６年度　第７回定例会', 7]] as const) {
		test(`${sitting}: session ${session}`, () => {
			const meeting = parseText(record(sitting), 'kyoiku.txt').meeting;
			expect(meeting?.session).toBe(session);
			expect(meeting?.series).toBe('みどり区教育委員会');
		});
	}

	test('a sentence that names a sitting is none', () => {
		expect(parseText(record('令和6年第20回定例会の会議録を次のとおり作成した。'), 'kyoiku.txt').meeting?.session).toBeNull();
	});
});
