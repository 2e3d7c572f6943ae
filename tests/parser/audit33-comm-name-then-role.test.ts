/**
 * A roll that writes the name first and the role after a wide gap (`山本　伸太郎　　委員長`, as the 原子力規制委員会 lists its
 * commissioners): the role is the member's post, not an affiliation; a cell that is no role stays the affiliation.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'原子力規制委員会',
	'令和６年度第３回臨時会議　議事録',
	'',
	'日時：令和６年６月５日（水）１３：３０～１５：００',
	'場所：原子力規制委員会　１３階会議室Ａ',
	'出席者',
	'　山本　伸太郎　　委員長',
	'　杉田　智之　　委員',
	'　樋口　康二郎　　東北電力株式会社取締役社長',
	'',
	'議事',
	'○山本委員長　これより臨時会議を始めます。',
	'○杉田委員　安全文化について伺います。',
].join('\n');

describe('a name, then a role after a wide gap', () => {
	test('the role is the post', () => {
		const members = parseText(text, 'nra.txt').meeting?.participants[0]?.members.map((member) => [member.name, member.title, member.affiliation]);
		expect(members).toEqual([
			['山本　伸太郎', '委員長', null],
			['杉田　智之', '委員', null],
			['樋口　康二郎', null, '東北電力株式会社取締役社長'],
		]);
	});
});
