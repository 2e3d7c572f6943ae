/**
 * A given name ending in 市 (`福田与市`, `山本善市`) is a person's name in a roll, with its role in brackets or alone (it had been read
 * as a city, the entry left without a name); a city's name that ends in 市 stays the place it is (`四日市市`, `富士吉田市`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseDocuments } from '../../src/parser/index.ts';

describe('a given name ending in 市', () => {
	test('in a roll, with its role in brackets and alone', () => {
		const meeting = parseDocuments(
			[
				'第３回南野市地域公共交通会議　議事録',
				'',
				'日時：令和６年８月２２日（木）１４時００分～１５時３０分',
				'場所：南野市役所　本庁舎３階　大会議室',
				'出席者：',
				'　福田与市（委員長）',
				'　中島　恵（副委員長）',
				'　山本善市',
				'',
				'委員長：定刻になりましたので、第３回会議を開会します。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['福田与市', '委員長', null],
			['中島　恵', '副委員長', null],
			['山本善市', null, null],
		]);
	});

	test("a city's name stays a place", () => {
		expect(parseNameLabel('四日市市')).toEqual({ name: null, title: null, affiliation: '四日市市' });
		expect(parseNameLabel('富士吉田市')).toEqual({ name: null, title: null, affiliation: '富士吉田市' });
	});
});
