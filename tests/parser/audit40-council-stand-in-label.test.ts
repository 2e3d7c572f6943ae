/**
 * A turn labelled by a member's surname and 代理 (`○金子代理`, one attending in the member's place): that turn, the label's
 * name the member's surname and its title 代理, as `○金子委員代理` reads (it had been no turn, its words a list item).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments, parseNameLabel } from '../../src/parser/index.ts';

const minutes = [
	'第５回みなと市交通安全対策協議会　会議録',
	'',
	'日時：令和６年７月１８日（木）１４：００～１５：３０',
	'場所：みなと市役所第１会議室',
	'',
	'出席者：',
	'（委員）',
	'会長　　　　　大西　隆之（自治会連合会長）',
	'委員　　　　　金子　信吾（商工会議所専務理事）',
	'（事務局）',
	'交通政策課長　　　　　　　森田　早苗',
	'',
	'○大西会長　議事に入ります。',
	'○森田交通政策課長　資料１に基づき御説明いたします。',
	'○金子代理　商工会議所の金子の代理で出席しております。荷さばき車両の対策はありますか。',
	'○森田交通政策課長　時間帯規制を検討しております。',
	'○佐々木代理　同じ点について一つ伺います。',
	'○大西会長　以上で終了します。',
].join('\n');

describe('a member’s stand-in named by the member’s surname', () => {
	test('each such label is a turn of its own', () => {
		const remarks = parseDocuments(minutes, { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.remarks ?? [];
		expect(remarks.map((remark) => [remark.speaker, remark.text.slice(0, 8)])).toEqual([
			['大西会長', '議事に入ります。'],
			['森田交通政策課長', '資料１に基づき御'],
			['金子代理', '商工会議所の金子'],
			['森田交通政策課長', '時間帯規制を検討'],
			['佐々木代理', '同じ点について一'],
			['大西会長', '以上で終了します'],
		]);
	});

	test.each([
		['金子代理', '金子', '代理'],
		['佐々木代理', '佐々木', '代理'],
		['会長代理', null, '会長代理'],
	])('%s', (label, name, title) => {
		expect(parseNameLabel(label)).toMatchObject({ name, title });
	});

	test.each(['課長代理', '市長代理', '事務局代理'])('%s names no surname', (label) => {
		expect(parseNameLabel(label).title).not.toBe('代理');
	});
});
