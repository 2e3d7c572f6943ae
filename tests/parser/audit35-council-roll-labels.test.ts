/**
 * A roll whose group labels are set apart from their colons (`構成員　：　浅井座長、…`: the colon had become the first member's
 * affiliation), and a company's presenter with the department between the company and them (`株式会社アクアテック　営業本部　大森部長`:
 * one member of the company, where it had been three entries).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('a roll of padded labels and a company presenter', () => {
	test('each group read, the presenter one member with the company and its department', () => {
		const groups = parse([
			'第８回　水道事業の基盤強化に関する研究会　議事録',
			'',
			'日　時：令和６年２月２６日（月）１４：００～１６：００',
			'場　所：オンライン会議',
			'',
			'出席者：',
			'　構成員　：　浅井座長、栗田構成員、関口構成員',
			'　説明者　：　株式会社アクアテック　営業本部　大森部長',
			'　事務局　：　水道課長',
			'',
			'○浅井座長　それでは、第８回研究会を開催します。',
			'○株式会社アクアテック（大森部長）　資料１に沿ってご説明します。',
			'○栗田構成員　導入費用の回収期間はどの程度でしょうか。',
		])?.meeting?.participants;
		expect(groups?.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])])).toEqual([
			['構成員', [['浅井', '座長', null], ['栗田', '構成員', null], ['関口', '構成員', null]]],
			['説明者', [['大森', '部長', '株式会社アクアテック　営業本部']]],
			['事務局', [[null, '水道課長', null]]],
		]);
	});
});
