/**
 * A ward assembly's 会議記録 whose header fields are marked `○`: the sitting's times on lines of their own under the place
 * (`○開会  午前10時16分`), rolls of members outside the committee and of the chair of the assembly, a roll whose head count
 * says none, and members whose surname is written in kana.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const record = [
	'令和5年06月08日みどり区議会区民委員会(第2回定例会)',
	'',
	'区民委員会会議記録',
	'',
	'○開会日 令和5年6月8日',
	'',
	'○場所  みどり区議会第1委員会室',
	'',
	'○開会  午後1時05分',
	'',
	'○閉会  午後2時50分',
	'',
	'○出席委員(3名)',
	' 森川 ゆうた委員長',
	' さかい 恵子副委員長',
	' 内田 正夫委員',
	'',
	'○欠席委員(0名)',
	'',
	'○委員外議員(1名)',
	' 野口 一郎議員',
	'',
	'○議長・副議長',
	' 西村 孝議長',
	' はやし 理恵副議長',
	'',
	'○事務局職員',
	' 書記 小島 健',
	'',
	'委員長',
	' 定足数に達しましたので、区民委員会を開会します。',
	'',
	'内田委員',
	' 一点伺います。',
];

describe('a ward committee’s record with marked header fields', () => {
	const result = parseLines(record);
	const meeting = result.meeting;

	test('`○開会` and `○閉会` with a clock are the sitting’s times, not more of the place', () => {
		expect(meeting?.location).toBe('みどり区議会第1委員会室');
		expect(meeting?.start).toBe('13:05');
		expect(meeting?.end).toBe('14:50');
	});

	test('a roll whose count says none ends at the next roll', () => {
		const groups = meeting?.participants.map((group) => group.group);
		expect(groups).toContain('委員外議員');
		expect(groups).toContain('議長・副議長');
		expect(groups?.some((group) => group.includes('○'))).toBe(false);
		const outside = meeting?.participants.find((group) => group.group === '委員外議員');
		expect(outside?.members.map((member) => member.text)).toEqual(['野口 一郎議員']);
		expect(result.diagnostics.some((d) => d.message.includes('欠席委員'))).toBe(false);
	});

	test('a surname written in kana before a given name in kanji is the full name', () => {
		const members = meeting?.participants.flatMap((group) => group.members) ?? [];
		expect(members.find((member) => member.text === 'さかい 恵子副委員長')).toMatchObject({ name: 'さかい 恵子', title: '副委員長', affiliation: null });
		expect(members.find((member) => member.text === 'はやし 理恵副議長')).toMatchObject({ name: 'はやし 理恵', title: '副議長', affiliation: null });
	});
});
