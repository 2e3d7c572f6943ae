/**
 * Councils' rolls as ministries write them: a note after a reference mark (`（構成員）※五十音順` on the group's line,
 * `…（東都大学大学院教授）※オンライン参加` after an entry), and a table of name and affiliation without a role column
 * (`大沢　康（座長）　　東和大学法学部教授`, `北条　奈緒　　　　　弁護士`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const rows = (lines: readonly string[]) => read(lines)?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title, member.affiliation])]);

describe('council rolls', () => {
	test('a note after a reference mark is the group\'s note or the entry\'s, never a member nor part of a name', () => {
		const lines = [
			'第３回　地域包括ケアの推進に関する検討会　議事録',
			'○日時',
			'令和６年９月18日（水）15:00～17:00',
			'○出席者',
			'（構成員）※五十音順',
			'　青山　和也（一般社団法人日本訪問看護協会常務理事）',
			'　石原　真理（東都大学大学院教授）※オンライン参加',
			'　田辺　博（日本地域医療学会理事長）【座長】',
			'（事務局）',
			'　※敬称略',
			'　認知症施策・地域介護推進課長　村井　健太',
			'○議事',
			'○田辺座長　それでは、議事に入ります。',
			'○石原構成員　確認させてください。',
		];
		expect(rows(lines)).toEqual([
			[
				'構成員',
				'五十音順',
				[
					['青山　和也', '構成員', '一般社団法人日本訪問看護協会常務理事'],
					['石原　真理', '構成員', '東都大学大学院教授'],
					['田辺　博', '座長', '日本地域医療学会理事長'],
				],
			],
			['事務局', '敬称略', [['村井　健太', '認知症施策・地域介護推進課長', null]]],
		]);
		expect(read(lines)?.participants[0]?.members[1]?.text).toBe('石原　真理（東都大学大学院教授）※オンライン参加');
	});

	test('a table of name and affiliation: one member a row, the affiliation theirs', () => {
		const lines = [
			'「デジタル取引における消費者保護に関する検討会」（第６回）議事要旨',
			'１．日　時　令和６年２月２７日（火）１３時３０分～１５時３０分',
			'２．出席者',
			'　（委員）',
			'　　大沢　康（座長）　　東和大学法学部教授',
			'　　北条　奈緒　　　　　弁護士',
			'　　小西　健介　　　　　一般社団法人ＥＣ事業者協会事務局長',
			'　（消費者庁）',
			'　　新井審議官、中島取引対策課長',
			'３．議事要旨',
			'Ａ委員：ダークパターンの定義は、例示を多く示す形が分かりやすい。',
		];
		expect(rows(lines)?.[0]).toEqual([
			'委員',
			null,
			[
				['大沢　康', '座長', '東和大学法学部教授'],
				['北条　奈緒', null, '弁護士'],
				['小西　健介', null, '一般社団法人ＥＣ事業者協会事務局長'],
			],
		]);
	});

	test('two names apart by a wide gap stay two members', () => {
		const lines = ['第１回○○検討会　議事録', '日時：令和６年５月１日（水）１０時', '出席者', '（委員）', '　山田　太郎　　鈴木　一郎委員', '議事録', '山田委員：賛成です。'];
		expect(rows(lines)?.[0]?.[2]).toEqual([
			['山田　太郎', null, null],
			['鈴木 一郎', '委員', null],
		]);
	});

	test('a roll that refers to another sheet or gives only counts by group is a note on the list, no member', () => {
		const roll = (line: string) => ['第８回　地域公共交通の有識者会議　議事要旨', '１．日時　令和６年５月１３日（月）１５時００分～１７時００分', `２．出席者　${line}`, '３．議事概要', '事務局より資料１に基づき説明。'];
		for (const line of ['別添のとおり', '別紙出席者名簿のとおり（２０名中１６名出席）', '委員　12名（別紙名簿のとおり）', '委員８名、事務局３名']) {
			const result = parseDocuments(roll(line).join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
			expect(result?.meeting?.participants.map((group) => [group.members.length, group.note])).toEqual([[0, line.replace(/[\s\u3000]/gu, '')]]);
			expect(result?.diagnostics).toEqual([]);
		}
	});

	test('a second group opened in brackets right after the last member of the first is a group of its own', () => {
		const lines = ['第４回　児童虐待防止対策部会　議事録', '日時：令和６年１０月２８日（月）１０：００～１２：００', '出席者：（委員）山縣部会長、相澤委員、松本委員（事務局）虐待防止対策課長　中谷', '○山縣部会長　それでは議事に入ります。'];
		expect(rows(lines)).toEqual([
			['委員', null, [['山縣', '部会長', null], ['相澤', '委員', null], ['松本', '委員', null]]],
			['事務局', null, [['中谷', '虐待防止対策課長', null]]],
		]);
	});
});
