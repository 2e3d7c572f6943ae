/**
 * The 原子力規制委員会's roll names each body on a line of its own, its people indented under it (`原子力規制委員会`,
 * `原子力規制庁`, an operator `東北電力株式会社`): each body heads a group of those under it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'第５０回原子力規制委員会 議事録',
	'',
	'１．日時',
	'　令和７年１月２２日（水）１０：３０～１１：５０',
	'２．場所',
	'　原子力規制委員会 １３階会議室Ａ',
	'３．出席者',
	'　原子力規制委員会',
	'　　山本　伸太郎　　原子力規制委員会委員長',
	'　　杉田　智之　　原子力規制委員会委員',
	'　原子力規制庁',
	'　　金田　修　　長官',
	'　　森下　泰　　原子力規制部長',
	'　東北電力株式会社',
	'　　樋口　康二郎　　取締役社長',
	'',
	'４．議事録',
	'○山本委員長',
	'　それでは、これより第５０回原子力規制委員会を始めます。',
	'○事業者（樋口取締役社長）',
	'　東北電力の樋口でございます。',
].join('\n');

describe('bodies over their people in a roll', () => {
	const meeting = parseText(text, 'nra.txt').meeting;

	test('each body is a group of the people under it, no member', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['原子力規制委員会', ['山本　伸太郎', '杉田　智之']],
			['原子力規制庁', ['金田　修', '森下　泰']],
			['東北電力株式会社', ['樋口　康二郎']],
		]);
	});

	// (A body's name alone at the indent of its people over rows of names and posts heads a group too: the agency's officials had
	// been members of the commission above them, the agency a member among them.)
	test('a body at the indent of its people over names and posts heads their group', () => {
		const flat = text.replace('　原子力規制庁\n', '　　原子力規制庁\n');
		const groups = parseText(flat, 'nra.txt').meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);
		expect(groups).toEqual([
			['原子力規制委員会', ['山本　伸太郎', '杉田　智之']],
			['原子力規制庁', ['金田　修', '森下　泰']],
			['東北電力株式会社', ['樋口　康二郎']],
		]);
	});
});
