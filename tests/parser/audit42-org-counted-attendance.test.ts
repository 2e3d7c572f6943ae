/**
 * A neighbourhood federation's 役員会 minutes (circulated as `［回覧］`) give who came as counts alone, the first with a note on
 * whom it takes in, then a post counted (`・出席者；２４名（前防犯委員長含む）、広報担当者１名`): a note on the list, naming no one
 * (it had been two members named no one).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'令和６年度第１回さくら台連合自治会役員会議事録',
	'',
	'　・日時；令和６年４月１４日（日）１０：００～１２：００',
	'　・場所；さくら台コミュニティセンター',
	'　・出席者；２４名（前防犯委員長含む）、広報担当者１名',
	'　・欠席者；２名',
	'',
	'１．事務局長より',
	'　　開会にあたり本日の議事進行等についての説明。',
	'２．連合自治会会長挨拶',
	'　　この一年間皆様のご協力をいただきながら務めたい。',
];

describe('a roll of counts alone', () => {
	const result = parseText(minutes.join('\n'), 'yakuinkai.txt');
	const present = result.meeting?.participants.find((group) => group.group === '出席者');

	test('no one nameless is a member', () => {
		expect(present?.members).toEqual([]);
	});

	test('the counts are the list’s note', () => {
		expect(present?.note).toBe('２４名（前防犯委員長含む）、広報担当者１名');
	});
});
