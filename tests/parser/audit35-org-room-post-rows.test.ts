/**
 * An owners' association's officers by room, post and name in a roll's rows, the room before the post or after it, a post with
 * its charge in brackets, a name in Latin letters (`101号室　理事長　　John Smith`, `理事長　　502号室　木下　智史`): one member each,
 * the post its title and the room where they are from.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const rows = (roll: readonly string[]): string =>
	[
		'リバーサイド桜木管理組合　第6回理事会議事録',
		'',
		'日時　2024年12月8日（日）　10時00分～11時20分',
		'場所　集会室',
		'出席者',
		...roll,
		'',
		'議事',
		'１．11月度会計報告',
		'今村理事：管理費収納率は99.2％です。',
		'理事長：滞納が続く住戸には書面で督促してください。',
	].join('\n');

describe('officers by room, post and name', () => {
	test('the room first', () => {
		const meeting = parseText(rows(['101号室　理事長　　　　John Smith', '203号室　副理事長　　　田村　恵子', '305号室　理事（会計担当）　今村　悠', '412号室　理事（防災担当）　Maria Gonzalez']), 'rooms.txt').meeting;
		expect(meeting?.participants[0]?.members.map((member) => [member.title, member.name, member.affiliation])).toEqual([
			['理事長', 'John Smith', '101号室'],
			['副理事長', '田村　恵子', '203号室'],
			['理事（会計担当）', '今村　悠', '305号室'],
			['理事（防災担当）', 'Maria Gonzalez', '412号室'],
		]);
	});

	test('the post first, padded to its column', () => {
		const meeting = parseText(rows(['　理事長　　　　　　　502号室　木下　智史', '　副理事長　　　　　　301号室　Chen Wei', '　理事（会計）　　　　204号室　今村　久美', "　理事（設備）　　　　710号室　Robert O'Neil", '　監事　　　　　　　　608号室　大島　律子']), 'posts.txt').meeting;
		expect(meeting?.participants[0]?.members.map((member) => [member.title, member.name, member.affiliation])).toEqual([
			['理事長', '木下　智史', '502号室'],
			['副理事長', 'Chen Wei', '301号室'],
			['理事（会計）', '今村　久美', '204号室'],
			['理事（設備）', "Robert O'Neil", '710号室'],
			['監事', '大島　律子', '608号室'],
		]);
	});
});
