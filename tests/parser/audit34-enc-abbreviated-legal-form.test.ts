/**
 * A company in a roll written with its legal form abbreviated, as Shift_JIS text and Excel write it: the one-letter
 * characters `㈱`, `㈲` or the letter in brackets, `（株）`, `(有)`, after the name or before it. The member is the person
 * after the company, the company their affiliation, as with `…株式会社`.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseText } from './unseen-helpers.ts';

/** A council's minutes whose roll lists a bus company's member written `company`. */
function minutes(company: string): string {
	return [
		'第５回　みなみ市地域公共交通協議会　議事録',
		'',
		'１　日時　令和６年１０月１５日（火）午後２時００分～午後３時３０分',
		'２　場所　みなみ市役所　第１会議室',
		'３　出席者',
		`　（委員）有村　一郎（会長）、瀬川　花子（副会長）、${company}　森本　大輔`,
		'　（事務局）都市計画課長　石川　誠',
		'４　議事内容',
		'○有村会長',
		'　ただ今から協議会を開会します。',
		'○森本委員',
		'　運転士の確保が年々難しくなっております。',
	].join('\n');
}

describe('a legal form abbreviated in a roll', () => {
	test.each([['ひかりバス㈱'], ['ひかりバス（株）'], ['ひかりバス(株)'], ['㈱ひかりバス'], ['（株）ひかりバス'], ['ひかり交通㈲'], ['(有)ひかり交通']])('%s and the person after it are one member with that affiliation', (company) => {
		const members = parseText(minutes(company), 'bus.txt').meeting?.participants.find((group) => group.group === '委員')?.members;
		expect(members?.map((member) => [member.name, member.affiliation])).toEqual([
			['有村　一郎', null],
			['瀬川　花子', null],
			['森本　大輔', company],
		]);
	});

	test('a post between the company and the name stays the post', () => {
		expect(parseNameLabel('ひかりバス㈱　営業部長　森本　大輔')).toEqual({ name: '森本　大輔', title: '営業部長', affiliation: 'ひかりバス㈱' });
		expect(parseNameLabel('（株）ひかりバス　営業部長　森本　大輔')).toEqual({ name: '森本　大輔', title: '営業部長', affiliation: '（株）ひかりバス' });
	});
});
