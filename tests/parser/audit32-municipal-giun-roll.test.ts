/**
 * A city's 議会運営委員会 record on its web page: `令和６年度　議会運営委員会` over `第８回委員会（１１月１９日）` (the committee's
 * own sitting: its series is the committee, where `委員会` had been said twice), and its roll by lines of a word and its
 * people (`市執行部　市長（今村文彦），副市長（根岸博）`: the city's executive a group of its own, where it had been run into the
 * group above with `市執行部` read as a member).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const document = parseDocuments(
	[
		'令和６年度　議会運営委員会',
		'',
		'　第８回委員会（１１月１９日）',
		'出席委員　谷口委員長，大森副委員長，桜井委員，村田委員',
		'その他の出席者　池内議長，菱田副議長',
		'市執行部　市長（今村文彦），副市長（根岸博），総務部次長（島本美智男）',
		'議会事務局　局長（門田孝），庶務議事課長（中村善正）',
		'',
		'谷口委員長）ただ今から，議会運営委員会を開会いたします。',
		'',
		'市長）本日はお集まりいただきましてありがとうございます。',
		'',
		'谷口委員長）以上で議会運営委員会を閉会いたします。',
	].join('\n'),
	{ source: 'a.txt', sourceHash: '0'.repeat(64) },
)[0];

describe("a 議会運営委員会's page", () => {
	test('its series is the committee', () => {
		expect(document?.meeting?.series).toBe('議会運営委員会');
		expect(document?.meeting?.session).toBe(8);
	});

	test("the city's executive is a group of its own", () => {
		expect(document?.meeting?.participants.map((group) => [group.group, group.members.map((member) => `${member.title}:${member.name}`)])).toEqual([
			['出席委員', ['委員長:谷口', '副委員長:大森', '委員:桜井', '委員:村田']],
			['その他の出席者', ['議長:池内', '副議長:菱田']],
			['市執行部', ['市長:今村文彦', '副市長:根岸博', '総務部次長:島本美智男']],
			['議会事務局', ['局長:門田孝', '庶務議事課長:中村善正']],
		]);
	});
});
