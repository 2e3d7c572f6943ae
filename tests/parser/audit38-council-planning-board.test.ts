/**
 * A city's 都市計画審議会 seats members of the city's assembly, listed as a group of its roll (`市議会議員　　井上　聡、…`): the
 * record stays a 審議会's, never an assembly's sitting.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = [
	'第４８回かしわ台市都市計画審議会　会議録',
	'',
	'開催日時　令和６年２月６日（火）午前１０時００分～午前１１時２０分',
	'開催場所　市役所本庁舎３階　大会議室',
	'出席委員（８名）',
	'　学識経験者　　　　北野　正人、木下　沙耶',
	'　市議会議員　　　　大川　進、中原　恵',
	'　市民委員　　　　　坂口　悠、戸田　修、平松　美和、森　勇気',
	'事務局',
	'　都市整備部長　青山　学、都市計画課長　今泉　亮',
	'',
	'会議の経過',
	'',
	'都市計画課長（今泉亮）　ただいまから第４８回かしわ台市都市計画審議会を開会いたします。',
	'',
	'会長（北野正人）　議案第１号について、事務局の説明を求めます。',
	'',
	'委員（大川進）　用途地域の変更による影響を教えてください。',
	'',
	'都市計画課長（今泉亮）　周辺の住環境に配慮した変更としております。',
].join('\n');

describe('a 都市計画審議会 whose roll lists the assembly\'s members as a group', () => {
	const [result] = parseDocuments(record, { source: 'toshikei.txt', sourceHash: '0'.repeat(64) });
	const meeting = result?.meeting;

	test('the record is titled as written, of the 審議会\'s series', () => {
		expect(meeting?.title).toBe('第４８回かしわ台市都市計画審議会　会議録');
		expect(meeting?.series).toBe('かしわ台市都市計画審議会');
	});

	test('the assembly\'s members are members of the roll, the groups after them too', () => {
		const members = meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title])) ?? [];
		expect(members).toContainEqual(['大川　進', '市議会議員']);
		expect(members).toContainEqual(['中原　恵', '市議会議員']);
		expect(members).toContainEqual(['森　勇気', '市民委員']);
		expect(members).toContainEqual(['今泉　亮', '都市計画課長']);
	});

	test('every turn is a remark, none made of the roll', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['都市計画課長（今泉亮）', '会長（北野正人）', '委員（大川進）', '都市計画課長（今泉亮）']);
	});
});
