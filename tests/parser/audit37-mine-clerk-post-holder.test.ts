/**
 * A city committee's record whose roll writes each clerk as the post, then the name in brackets (`庶務議事課主任(塚田志保)`,
 * `議事課書記（川口 勉）`), as it writes the heads (`局長(平野 誠)`): the clerk is the person with that post. Before, the post was
 * read as the person's name and the name as an affiliation.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseText } from './unseen-helpers.ts';

const COMMITTEE = `令和6年度 総務委員会

 第6回委員会 (8月19日)
出席委員 山川進委員長,桜田茂副委員長,高見要委員
市執行部 【財務部】
 財務部長 古田勝人,次長兼庁舎建設担当 鈴村 勉
議会事務局 局長(平野 誠),庶務議事課主任(塚田志保),議事課書記(川口 勉)


山川委員長)ただ今から,総務委員会を開会いたします。

財務部長)新庁舎建設の進捗状況についてご説明いたします。

高見委員)基礎工事の完了はいつ頃になりますか。

財務部長)10月末の完了を予定しております。

山川委員長)以上で総務委員会を閉会いたします。
`;

describe('a clerk written as the post, then the name in brackets', () => {
	test('is the person with that post in the roll', () => {
		const { meeting, diagnostics } = parseText(COMMITTEE, 'soumu-r6-6.txt');
		if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
		const staff = meeting.participants.find((group) => group.group === '議会事務局');
		expect(staff?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['平野 誠', '局長', null],
			['塚田志保', '庶務議事課主任', null],
			['川口 勉', '議事課書記', null],
		]);
	});

	test('clerks’ posts of any section, and 書記 alone', () => {
		expect(parseNameLabel('議事係主事(山田花子)')).toEqual({ name: '山田花子', title: '議事係主事', affiliation: null });
		expect(parseNameLabel('書記（山田花子）')).toEqual({ name: '山田花子', title: '書記', affiliation: null });
		// (A turn's who-writes mark, `(記)`, is no one's name.)
		expect(parseNameLabel('書記(記)').name).not.toBe('記');
	});
});
