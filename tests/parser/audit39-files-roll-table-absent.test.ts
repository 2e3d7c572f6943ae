import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** A council's roll drawn as a table with an attendance column and a 備考 column, as a PDF's table reads (cells one space apart or more). */
const COUNCIL = [
	'第５回　あおば市環境審議会　議事録',
	'日時：令和６年１０月１５日（火）１４時００分～１６時００分',
	'場所：あおば市役所　第２会議室',
	'出席者',
	'氏名　　　　所属　　　　　　　　出欠 備考',
	'川端　誠一 あおば大学　　　　　出席 会長',
	'松尾　理恵 あおば商工会議所　　出席',
	'岡部　健太 市民公募　　　　　　欠席',
	'杉本　由香 あおば市自治会連合会 出席 オンライン',
	'徳永　修　　あおば農業協同組合　欠席 代理出席なし',
	'議事',
	'（１）第３次環境基本計画の進捗について',
	'○川端会長　それでは審議会を始めます。',
	'○松尾委員　補助の利用件数を伺います。',
	'○川端会長　以上で終了します。',
	'',
].join('\n');

/** An assembly's sitting whose roll table marks two members absent in its 出欠 column. */
const SITTING = [
	'令和６年第４回しらかば町議会定例会会議録（第１号）',
	'令和６年１２月３日（火曜日）午前１０時開会',
	'出席議員',
	'議席　　　　　　氏名　　　　　　出欠　　　　　　備考',
	'議長　　　　　　髙橋　正和　　　出席',
	'１番　　　　　　岩﨑　直美　　　出席',
	'２番　　　　　　野口　亮　　　　欠席　　　　　　病気療養のため',
	'３番　　　　　　片桐　太郎　　　出席',
	'説明のため出席した者',
	'町長　　　　　　大森　一成',
	'議事日程',
	'日程第１　会議録署名議員の指名',
	'○議長（髙橋正和君）　ただいまから開会します。',
	'○１番（岩﨑直美君）　質問いたします。',
	'○議長（髙橋正和君）　本日はこれで散会します。',
	'',
].join('\n');

const groupsOf = (text: string, source: string) =>
	parseMinutes(text, { source, sourceHash: '0'.repeat(64) }).meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);

describe('a roll table whose 出欠 column marks members absent', () => {
	test('a council\'s absent rows are its 欠席者, the chair named in 備考 holds the post', () => {
		expect(groupsOf(COUNCIL, 'kankyo.pdf')).toEqual([
			['出席者', [['川端　誠一', '会長'], ['松尾　理恵', null], ['杉本　由香', null]]],
			['欠席者', [['岡部　健太', null], ['徳永　修', null]]],
		]);
	});

	test('an assembly\'s absent row is in 欠席議員, the rows after it still 出席議員', () => {
		const groups = groupsOf(SITTING, 'teireikai.pdf');
		expect(groups?.map(([group]) => group)).toEqual(['出席議員', '欠席議員', '説明のため出席した者']);
		expect(groups?.slice(0, 2)).toEqual([
			['出席議員', [['髙橋　正和', '議長'], ['岩﨑　直美', null], ['片桐　太郎', null]]],
			['欠席議員', [['野口　亮', null]]],
		]);
	});
});
