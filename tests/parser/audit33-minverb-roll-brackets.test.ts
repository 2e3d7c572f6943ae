/**
 * A ministry's roll of members with their affiliations in brackets: a bracket wrapped onto the next line
 * (`井口　さやか（一般社団法人地域情報化推進協会` / `　　　　常務理事）`) is the member's, and how a member attended in brackets after
 * the affiliation's (`上田　健（みなと市　デジタル推進課長）（オンライン）`) a note on it; the members had been read as no one. An
 * affiliation's column wrapped under itself (`井上　浩　　　　　特定非営利活動法人子ども未来ネット` / `　　　　…　代表理事`) is the
 * member's too, where its end had been a member of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

const meeting = (roll: readonly string[]) =>
	read([
		'デジタル時代の地域情報化に関する研究会（第３回）',
		'議事録',
		'',
		'１．日時',
		'　令和６年７月１０日（水）１０時００分～１２時００分',
		'２．場所',
		'　総務省８階　第１特別会議室',
		'３．出席者',
		'（１）構成員（五十音順、敬称略）',
		...roll,
		'（２）総務省',
		'　田中地域通信振興課長',
		'',
		'○大森座長　それでは、開会いたします。',
	]);

const members = (roll: readonly string[]) => meeting(roll)?.participants.find((group) => group.group === '構成員')?.members.map((member) => [member.name, member.affiliation]);

describe("a roll's members with their affiliations in brackets", () => {
	test('a bracket wrapped onto the next line is the member\'s', () => {
		expect(members(['　青木　一郎（東都大学大学院情報学研究科　教授）', '　井口　さやか（一般社団法人地域情報化推進協会', '　　　　　　　　常務理事）', '　大森　和夫（北陵大学　名誉教授）'])).toEqual([
			['青木　一郎', '東都大学大学院情報学研究科　教授'],
			['井口　さやか', '一般社団法人地域情報化推進協会常務理事'],
			['大森　和夫', '北陵大学　名誉教授'],
		]);
	});

	test('how a member attended after the affiliation is a note on it', () => {
		expect(members(['　上田　健（みなと市　デジタル推進課長）（オンライン）', '　大森　和夫（北陵大学　名誉教授）'])).toEqual([
			['上田　健', 'みなと市　デジタル推進課長（オンライン）'],
			['大森　和夫', '北陵大学　名誉教授'],
		]);
	});

	test("an affiliation's column wrapped onto the next line, under it, is the member's", () => {
		expect(members(['　　相川　智子　　　　東西大学教授', '　　井上　浩　　　　　特定非営利活動法人子ども未来ネット', '　　　　　　　　　　　代表理事', '　　遠山　大輔　　　　全国子ども会連合会　常任理事'])).toEqual([
			['相川　智子', '東西大学教授'],
			['井上　浩', '特定非営利活動法人子ども未来ネット代表理事'],
			['遠山　大輔', '全国子ども会連合会　常任理事'],
		]);
	});

	test('the next group is still a group of its own', () => {
		expect(meeting(['　井口　さやか（一般社団法人地域情報化推進協会', '　　　　　　　　常務理事）'])?.participants.map((group) => group.group)).toEqual(['構成員', '総務省']);
	});
});
