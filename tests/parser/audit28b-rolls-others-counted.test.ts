/**
 * The others counted after a person named with a space between (`田中次長　他２名`): the person a member with their post, the
 * others a note on the group (the whole entry had been read as officials in general, the person lost).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const groups = (roll: readonly string[]) =>
	parseDocuments(['第５回北区商店街連合会理事会　議事録', '', '日時　２０２４年１１月５日（火）１９時～２０時３０分', '場所　北区会館　会議室Ａ', ...roll, '', '議題', '１．年末大売出しについて', '', '内田会長　開会します。', '田中次長　報告します。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.map((group) => ({ group: group.group, note: group.note, members: group.members.map((member) => [member.name, member.title]) }));

describe('others counted after a named person', () => {
	test('after a space: the person kept, the count a note', () => {
		expect(groups(['出席者　会長　内田　誠、副会長　小林　和也', '事務局　田中次長　他２名'])?.at(-1)).toEqual({ group: '事務局', note: '他２名', members: [['田中', '次長']] });
	});
	test('officials in general after a post stay no person', () => {
		// (The post is the official's, held by no one named; the others with them a note, as after a space.)
		expect(groups(['出席者　会長　内田　誠、副会長　小林　和也', '事務局　事務局長ほか３名'])?.at(-1)).toEqual({ group: '事務局', note: 'ほか３名', members: [[null, '事務局長']] });
	});
});
