/**
 * A ministry's roll whose officials follow the absent members under the office's name in brackets (`【欠席構成員】` / `岡田…` /
 * `【こども家庭庁】` / `加藤長官、…`): the officials are a group of those present, named by the office, where they had been a
 * group of the absent (`欠席構成員（こども家庭庁）`). A ministry's row right under a group's own heading (`（事務局）` / `消費者庁　尾原審議官、…`)
 * is that group's officials, where it had opened a group of its own and left the heading's empty.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

const roll = (office: string) =>
	read([
		'こども政策に関する有識者懇談会（第５回）',
		'議事録',
		'',
		'１．日時：令和６年７月２日（火）１７：００～１９：００',
		'２．場所：こども家庭庁　第１会議室',
		'３．出席者：',
		'　【構成員】',
		'　　相川　智子　　　　東西大学教授（座長）',
		'　　遠山　大輔　　　　全国子ども会連合会　常任理事',
		'　【欠席構成員】',
		'　　岡田　紀子　　　　北海学園大学准教授',
		`　【${office}】`,
		'　　加藤長官、木村総務課長',
		'',
		'○相川座長　開会します。',
	])?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);

describe('an office after the absent', () => {
	test.each(['こども家庭庁', '総務省'])('【%s】 is a group of those present', (office) => {
		expect(roll(office)).toEqual([
			['構成員', ['相川　智子', '遠山　大輔']],
			['欠席構成員', ['岡田　紀子']],
			[office, ['加藤', '木村']],
		]);
	});
});

describe("a ministry's row under a group's heading", () => {
	test('the officials are the heading group\'s', () => {
		const groups = read([
			'消費者契約に関する検討会（第１２回）',
			'議事録',
			'',
			'１．日時：令和６年９月１９日（木）１３：００～１５：００',
			'２．場所：消費者庁６階　第１会議室',
			'３．出席者：',
			'（委員）',
			'　沖野座長、石田委員',
			'（事務局）',
			'　消費者庁　尾原審議官、黒木消費者制度課長',
			'',
			'○沖野座長　開会します。',
		])?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);
		expect(groups).toEqual([
			['委員', [['沖野', '座長'], ['石田', '委員']]],
			['事務局', [['尾原', '審議官'], ['黒木', '消費者制度課長']]],
		]);
	});
});
