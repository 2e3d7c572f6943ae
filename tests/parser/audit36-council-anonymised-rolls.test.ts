/**
 * A prefecture's 審議会 keeping its members unnamed: known by a number (`委員（番号３）`, `委員（３番）`, `３番委員`) or a letter
 * (`Ａ委員`, `委員Ｃ`). Each is one member with the role only, never a person named 委員; a roll line of them a space apart is one
 * entry each (it had been one entry of the whole line).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments, parseNameLabel } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('members known by a number', () => {
	test.each([
		['委員（番号３）', '委員'],
		['委員（１２番）', '委員'],
		['３番委員', '委員'],
		['委員（番号１２）（会長）', '会長'],
	])('%s names no one, its role %s', (label, title) => {
		expect(parseNameLabel(label)).toEqual({ name: null, title, affiliation: null });
	});
});

describe('a roll of unnamed members a space apart', () => {
	const roll = (rows: readonly string[]) =>
		parse(['第２回　△△県環境審議会　会議録', '', '日時　令和６年１０月２日（水）午前１０時から正午まで', '場所　△△県自治会館　２０１会議室', '', '出席委員', ...rows, '', '○会長', '　ただいまから会議を開会します。', '○委員（番号３）', '　削減の内訳を教えてください。'])?.meeting?.participants.map((group) => group.members.map((member) => [member.text, member.name, member.title]));

	test('numbered members, one entry each', () => {
		expect(roll(['　委員（番号１）　委員（番号２）　委員（番号３）', '　委員（番号５）　委員（番号６）'])).toEqual([
			[
				['委員（番号１）', null, '委員'],
				['委員（番号２）', null, '委員'],
				['委員（番号３）', null, '委員'],
				['委員（番号５）', null, '委員'],
				['委員（番号６）', null, '委員'],
			],
		]);
	});

	test('members known by a letter, the chair marked', () => {
		expect(roll(['　Ａ委員（会長）　Ｂ委員　委員Ｃ　Ｄ委員'])).toEqual([
			[
				['Ａ委員（会長）', null, '会長'],
				['Ｂ委員', null, '委員'],
				['委員Ｃ', null, '委員'],
				['Ｄ委員', null, '委員'],
			],
		]);
	});
});
