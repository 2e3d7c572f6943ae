/**
 * A council's roll headed with the order of its list (`出席委員（５０音順）`, `出席委員（１０名）五十音順`) is a roll, its order a
 * note (it had run into the place above, or been its first member); a legend after a note's mark (`（注）◎座長　○座長代理`)
 * gives the marked members their roles (it had been a group of its own); a table's row of name and affiliation reads a
 * profession or a post ending in 監 as the affiliation (`遠藤　奈美　　公認会計士`, `浅沼　尊　　　デジタル監`: they had been
 * two members), the role in brackets after the affiliation as the member's title, and one space after the role's bracket
 * as the gap (`村井　純一（座長）　慶應湘南大学名誉教授`: the affiliation had been the name).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const members = (lines: readonly string[]) =>
	parse(lines)?.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title, member.affiliation])]);

describe("a roll's label with the order of its list", () => {
	test('`出席委員（５０音順）` under the place', () => {
		const lines = [
			'第２回みなと県行政改革推進委員会　会議録',
			'',
			'日　時　　令和６年１０月２日（水）　午後２時００分～午後４時００分',
			'場　所　　県庁本庁舎３階　特別会議室',
			'',
			'出席委員（５０音順）',
			'　　青山　紀子　　みなと大学経済学部教授',
			'　　上野　隆　　　みなと県商工会連合会副会長　（委員長）',
			'　　遠藤　奈美　　公認会計士',
			'',
			'（上野委員長）　それでは議事に入ります。',
			'（青山委員）　遅れている項目について、原因の分析はされていますか。',
		];
		const result = parse(lines);
		expect(result?.meeting?.location).toBe('県庁本庁舎３階　特別会議室');
		expect(members(lines)).toEqual([
			[
				'出席委員',
				'５０音順',
				[
					['青山　紀子', null, 'みなと大学経済学部教授'],
					['上野　隆', '委員長', 'みなと県商工会連合会副会長'],
					['遠藤　奈美', null, '公認会計士'],
				],
			],
		]);
	});

	test('`出席委員（１０名）五十音順` and a legend after `（注）`', () => {
		const lines = [
			'安全対策調査会　議事録（第２回）',
			'１．日時　令和６年１２月３日（火）　１３：００～１５：００',
			'２．場所　ＡＰ虎ノ門　Ｃルーム',
			'３．出席者',
			'　出席委員（３名）五十音順',
			'　　◎五十嵐　修、　上原　美幸、　○浜田　千尋',
			'（注）◎座長　○座長代理',
			'　欠席委員（１名）',
			'　　　山崎　功',
			'４．審議内容',
			'○五十嵐座長　それでは議題１について、事務局から説明をお願いします。',
		];
		expect(members(lines)).toEqual([
			[
				'出席委員',
				'五十音順',
				[
					['五十嵐　修', '座長', null],
					['上原　美幸', null, null],
					['浜田　千尋', '座長代理', null],
				],
			],
			['欠席委員', null, [['山崎　功', null, null]]],
		]);
	});
});

describe("a table's row of name and affiliation", () => {
	test('one space after the role in brackets, a post ending in 監', () => {
		const lines = [
			'デジタル社会構想会議（第１２回）議事録',
			'日時：令和６年３月２７日（水）１７：００～１８：３０',
			'出席者：',
			'構成員',
			'　村井　純一（座長）　慶應湘南大学名誉教授',
			'　太田　響子　　　弁護士',
			'デジタル庁',
			'　浅沼　尊　　　デジタル監',
			'議事録：',
			'○村井座長　皆さん、こんにちは。',
		];
		expect(members(lines)).toEqual([
			[
				'構成員',
				null,
				[
					['村井　純一', '座長', '慶應湘南大学名誉教授'],
					['太田　響子', '構成員', '弁護士'],
				],
			],
			['デジタル庁', null, [['浅沼　尊', null, 'デジタル監']]],
		]);
	});
});

describe("a row of an official's post and the name", () => {
	test('the post padded to its cell, then the name with the role or a note', () => {
		const lines = [
			'令和６年度第２回つばめ市都市計画審議会議事録',
			'令和６年８月２３日（金曜日）　午後２時開会　午後３時２０分閉会',
			'出席委員',
			'　　　つばめ消防署予防課長　　　村上　修（長谷川　誠委員代理）',
			'　　　北部建設事務所長　　　　　石川　直樹委員',
			'案件',
			'　諮問第１号　つばめ市都市計画マスタープラン（案）について',
			'○大塚会長　それでは，案件に入ります。',
			'○石川委員　防災の観点からの記載を充実していただきたいと思います。',
		];
		expect(members(lines)).toEqual([
			[
				'出席委員',
				null,
				[
					['村上　修', 'つばめ消防署予防課長', null],
					['石川　直樹', '委員', '北部建設事務所長'],
				],
			],
		]);
	});
});
