import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** A 議事要旨 whose bare `議事` lists its items numbered with a space and no mark, the turns after a blank line. */
const SUMMARY = [
	'第２回　みなと区子ども・子育て会議　議事要旨',
	'',
	'日時：令和６年８月２日（金）１０時００分～１１時３０分',
	'場所：みなと区役所　５階会議室',
	'出席者：',
	'（委員）石原会長、内藤委員、福田委員、宮下委員',
	'（事務局）子育て支援課長、保育課長',
	'',
	'議事',
	'１　保育所の待機児童の状況について',
	'２　放課後児童クラブについて',
	'',
	'○石原会長　開会します。',
	'○保育課長　資料１により待機児童の状況を説明。４月時点で１２名であった。',
	'○内藤委員　地区ごとの内訳を示してほしい。',
	'○石原会長　閉会します。',
	'',
].join('\n');

describe('a bare 議事 over items numbered with a space', () => {
	test('the items are the agenda, the turns after them the text', () => {
		const { meeting } = parseMinutes(SUMMARY, { source: 'kosodate.txt', sourceHash: '0'.repeat(64) });
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '保育所の待機児童の状況について'],
			[2, '放課後児童クラブについて'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['石原会長', '保育課長', '内藤委員', '石原会長']);
		expect(meeting?.remarks[0]?.text).toBe('開会します。');
	});
});
