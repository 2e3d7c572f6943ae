/**
 * A union's or an association's order of business listed under `議事日程` (`１．開会` / … / `６．閉会`), then past a blank line
 * the record's own headings over its sentences (`資格審査報告` / `…成立していることが確認された。`): the text starts at that heading, where
 * every line up to the first bill's heading had been taken for more of the agenda and lost, the chair's greeting with it.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const text = [
	'みなと運輸労働組合　第３１回定期大会　議事録',
	'',
	'日　時　２０２４年１０月６日（日）１０時００分～１２時３０分',
	'会　場　みなと市労働会館　ホール',
	'役員出席　執行委員長　小林　勝、書記長　川端　純子',
	'',
	'議事日程',
	'１．開会',
	'２．議長選出',
	'３．執行委員長挨拶',
	'４．議事',
	'　第１号議案　２０２４年度活動方針（案）',
	'５．閉会',
	'',
	'資格審査報告',
	'代議員４０名中３６名の出席により、大会が成立していることが確認された。',
	'',
	'執行委員長挨拶',
	'小林委員長　一年間のご協力に感謝します。人員の確保を最優先に取り組みます。',
	'',
	'第１号議案　２０２４年度活動方針（案）',
	'川端書記長から議案書に基づき提案があった。',
	'岡代議員（港支部）　休日出勤の割増を方針に入れてほしい。',
	'川端書記長　要求に加える方向で検討します。',
	'採決の結果、賛成多数で可決された。',
].join('\n');

/** Every text the body keeps, remarks' words included. */
function texts(blocks: readonly Block[]): string[] {
	return blocks.flatMap((block) => (block.type === 'remark' ? texts(block.children) : block.type === 'list' ? block.items.map((item) => item.text) : [block.text]));
}

describe('the record\'s heading and prose after a listed order of business', () => {
	test('the chair\'s greeting before the first bill is a turn of his', () => {
		const { meeting } = parseText(text, 'taikai.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['小林委員長', '一年間のご協力に感謝します。人員の確保を最優先に取り組みます。'],
			['岡代議員（港支部）', '休日出勤の割増を方針に入れてほしい。'],
			['川端書記長', '要求に加える方向で検討します。'],
		]);
	});

	test('the report on the quorum is kept as the record\'s heading and text', () => {
		const { body } = parseText(text, 'taikai.txt');
		const kept = body.flatMap((section) => [section.title, ...texts(section.children)]);
		expect(kept).toContain('資格審査報告');
		expect(kept).toContain('代議員４０名中３６名の出席により、大会が成立していることが確認された。');
	});

	test('the bill is still the agenda\'s item', () => {
		const { meeting } = parseText(text, 'taikai.txt');
		expect(meeting?.agenda.map((item) => item.title)).toContain('第１号議案　２０２４年度活動方針（案）');
	});
});
