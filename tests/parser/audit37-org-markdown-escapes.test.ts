/**
 * A neighbourhood board's minutes exported from Google Docs as Markdown (its title bold, no heading, so read as plain minutes),
 * its numbered headings escaped (`**1\. 新年度役員の役割分担**`): each heading the part it numbers and the agenda's items its own,
 * where the escaped headings had run into the last agenda item.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'**みどり町三丁目町内会　役員会　議事録**',
	'',
	'**日時：**2024年4月21日（日）10:00〜11:30  ',
	'**場所：**みどり町三丁目会館  ',
	'**出席：**会長 坂本 久美子、副会長 杉山 徹、会計 関 美紀  ',
	'',
	'**議題**',
	'',
	'1. 新年度役員の役割分担  ',
	'2. 資源ごみ回収の当番表',
	'',
	'**1\\. 新年度役員の役割分担**',
	'',
	'坂本会長：副会長には防災担当を兼ねていただきます。',
	'',
	'杉山副会長：承知しました。',
	'',
	'**2\\. 資源ごみ回収の当番表**',
	'',
	'関会計：当番表は班ごとに作成し、回覧板で回します。',
].join('\n');

describe('a Google Docs export read as plain minutes', () => {
	test('escaped numbered headings are the parts of the agenda', () => {
		const { meeting } = parseText(text, 'yakuinkai.md');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['新年度役員の役割分担', '資源ごみ回収の当番表']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['坂本会長', '杉山副会長', '関会計']);
		expect(meeting?.agenda.every((item) => item.section !== null)).toBe(true);
	});

	test('the same escapes in a text file stay as written', () => {
		const { meeting } = parseText(text.replace('坂本会長：副会長', '坂本会長：1\\.副会長'), 'yakuinkai.txt');
		expect(meeting?.remarks[0]?.text).toBe('1\\.副会長には防災担当を兼ねていただきます。');
	});
});
