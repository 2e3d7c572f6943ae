/**
 * Rolls of post and name whose rows list more names under a post above: `説明員` / `説明のため出席した者` and the staff, not
 * only a committee's members. A line of names alone (`　　　　　鈴　木　二　郎`) takes the post of the column it stands in
 * (`吉　川　真　一` under the second post of `財政課長　山口恵子　　財政係長　中川翔` is a 財政係長), a name whose given name
 * stands apart (`田　原　　　悠`) is one name, and `事務局` alone on its line heads the staff's roll (the names had been left
 * as notes, and `事務局` taken for a name or glued to the next post).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const groups = (document: ReturnType<typeof read>) => document?.meeting?.participants.map((group) => [group.group, group.members.map((member) => `${member.title}:${member.name?.replace(/ /gu, '')}`)]);

const head = ['ひばり市議会総務常任委員会会議録', '', '開会日時　　令和６年１２月１０日（火）　午前１０時００分', '場　　所　　第１委員会室', '', '出席委員', '　　委員長　　　野　村　　　仁　君　　　副委員長　　岡　本　さ　と　み　君', ''];
const turns = ['', '○委員長（野村仁君）　ただいまから総務常任委員会を開会します。', '○総務部長（杉山正和君）　説明いたします。', '○委員長（野村仁君）　閉会します。'];

describe('names listed under a post above', () => {
	test('in the roll of those who explain, each takes the post of its column', () => {
		const document = read([
			...head,
			'説明のため出席した者',
			'　　総務部長　　　　杉　山　正　和　　　総務課長　　佐　藤　一　郎',
			'　　企画係長　　　　前　田　　　修',
			'　　　　　　　　　　鈴　木　二　郎',
			'　　財政課長　　　　山　口　恵　子　　　財政係長　　中　川　　　翔',
			'　　　　　　　　　　　　　　　　　　　　　　　　　　吉　川　真　一',
			...turns,
		]);
		expect(groups(document)?.[1]).toEqual(['説明のため出席した者', ['総務部長:杉山正和', '総務課長:佐藤一郎', '企画係長:前田修', '企画係長:鈴木二郎', '財政課長:山口恵子', '財政係長:中川翔', '財政係長:吉川真一']]);
		expect(JSON.stringify(document?.body)).not.toContain('吉　川');
	});

	test('a name whose given name stands apart is one name, and `事務局` alone heads the staff', () => {
		const document = read([
			...head,
			'説明員',
			'　　教育課長　　　　　田　口　信　也',
			'　　学校教育係長　　　田　辺　結　衣',
			'　　　　　　　　　　　田　原　　　悠',
			'',
			'事務局',
			'　　議会事務局長　　　千　田　　　誠',
			...turns,
		]);
		expect(groups(document)?.slice(1)).toEqual([
			['説明のため出席した者', ['教育課長:田口信也', '学校教育係長:田辺結衣', '学校教育係長:田原悠']],
			['事務局職員', ['議会事務局長:千田誠']],
		]);
	});
});
