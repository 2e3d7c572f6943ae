/**
 * A council's header numbering a roll of observers or of those who came with a member (`４．オブザーバー`, `５．随行`): a group
 * of the participants, where the heading had been an unknown section and its names kept as minutes text; the head count
 * of the public after it (`６．傍聴者　５名`) is no one's entry.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const result = parseDocuments(
	[
		'第１回やまと町地域公共交通会議　議事要旨',
		'',
		'１．日時　令和６年５月１５日（水）１４時００分～１５時３０分',
		'２．場所　やまと町役場　大会議室',
		'３．出席者',
		'　山田　太郎（やまと交通株式会社）',
		'４．オブザーバー',
		'　愛知県交通対策課長　木村　隆',
		'５．随行',
		'　やまと交通株式会社　営業課長　小川　恵',
		'６．傍聴者　　５名',
		'',
		'○会長　開会します。',
	].join('\n'),
	{ source: 'a.txt', sourceHash: '0'.repeat(64) },
)[0];

describe('observers and those who came with a member', () => {
	test('are groups of their own', () => {
		expect(result?.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席者', [['山田　太郎', null]]],
			['オブザーバー', [['木村　隆', '愛知県交通対策課長']]],
			['随行', [['小川　恵', '営業課長']]],
		]);
		expect(result?.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('unknown-section');
		expect(result?.body.flatMap((section) => section.children.map((child) => ('text' in child ? child.text : ''))).join('\n')).not.toContain('木村');
	});
});
