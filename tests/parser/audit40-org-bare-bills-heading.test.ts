/**
 * A board's header listing its business under `議案` alone on its line (`議案` / `１　年末売出しについて`), as a shopping
 * street's or a co-operative's 理事会 writes it: the agenda, its items each an item (they had been read as groups of the roll
 * above, `オブザーバー（年末売出しについて）` without members, and the heading a nameless member).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = [
	'みどり橋商店街振興組合　第３回理事会議事録',
	'',
	'日時　令和６年９月９日（月）午後７時～午後８時３０分',
	'場所　組合事務所',
	'出席理事　６名',
	'　理事長　　川端　進（川端鮮魚店）',
	'　副理事長　岩田　和美（いわた洋品店）',
	'　理事　　　熊谷　勉、佐伯　理恵、竹内　茂、星　昌子',
	'オブザーバー　市商工課　主事　宮田　亮',
	'',
	'議案',
	'１　秋の夜市について',
	'２　防犯カメラの更新について',
	'',
	'議事',
	'１　秋の夜市について',
	'理事長）今年は１０月１２日に開きたい。',
	'熊谷理事）出店者の募集はいつからか。',
	'副理事長）来週から回覧で募集する。',
	'２　防犯カメラの更新について',
	'宮田主事）市の補助は２分の１まで使える。',
];

describe('the agenda under a bare 議案 heading', () => {
	const result = parseLines(minutes, 'shotengai.txt');

	test('its items are the agenda', () => {
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['秋の夜市について', '防犯カメラの更新について']);
	});

	test('the roll above keeps its groups and members, none named after the items', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席理事', ['川端　進', '岩田　和美', '熊谷　勉', '佐伯　理恵', '竹内　茂', '星　昌子']],
			['オブザーバー', ['宮田　亮']],
		]);
		expect(result.diagnostics.map((diagnostic) => diagnostic.message).join('\n')).not.toContain('lists no members');
	});
});
