/**
 * A joint meeting's title over two lines, the first ending with the mark that joins the bodies (`…製品安全小委員会／` /
 * `消費経済審議会 製品安全部会 合同会議（第４回）`): one title without a space after the mark (it had read `小委員会／ 消費経済審議会`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const REST = ['', '日時：令和６年１０月２９日（火曜日）１０時００分～１２時００分', '場所：経済産業省別館１１階 １１１１会議室', '出席者：寺田委員長、西村委員', '', '議事内容', '○寺田委員長　ただいまから合同会議を開催いたします。', '○西村委員　よろしくお願いいたします。'];

describe('a title over lines joined by a mark', () => {
	test.each([
		['産業構造審議会 製品安全小委員会／', '産業構造審議会 製品安全小委員会／消費経済審議会 製品安全部会 合同会議（第４回） 議事録'],
		['産業構造審議会 製品安全小委員会・', '産業構造審議会 製品安全小委員会・消費経済審議会 製品安全部会 合同会議（第４回） 議事録'],
		['産業構造審議会 製品安全小委員会', '産業構造審議会 製品安全小委員会 消費経済審議会 製品安全部会 合同会議（第４回） 議事録'],
	])('%s', (first, title) => {
		expect(parse([first, '消費経済審議会 製品安全部会 合同会議（第４回）', '議事録', ...REST])?.meeting?.title).toBe(title);
	});
});
