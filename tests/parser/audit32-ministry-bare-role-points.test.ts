/**
 * A ministry's 議事要旨 that sums up the talk under who spoke, a bare role on its line and the points below it as bullets
 * (`委員` / `・…重視すべき。` / `オブザーバー` / `・…` / `事務局` / `・…`): each role is a turn holding its points, as under `◆委員` or
 * `【委員】`; a bare role over bulleted names stays a list.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

const HEAD = ['総合資源エネルギー調査会　水素政策小委員会（第14回）', '議事要旨', '', '日時：令和６年４月25日（木）10時00分～12時00分', '場所：経済産業省別館３階312会議室', '', '議事概要', '事務局より資料３に基づいて説明。その後、自由討議。主なやりとりは以下のとおり。', ''];

describe('bare roles over bulleted points', () => {
	test('each role is a turn holding its points', () => {
		const meeting = read([...HEAD, '委員', '・価格差支援の対象の選定に当たっては、長期的な自立の見通しを重視すべき。', '・拠点整備支援は地域のバランスにも配慮を。', 'オブザーバー', '・制度の詳細を早期に示していただきたい。', '事務局', '・いただいた御意見を踏まえ、次回、制度案をお示しする。', '', '以上']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.split('\n').filter((line) => line.trim() !== '').length])).toEqual([
			['委員', 2],
			['オブザーバー', 1],
			['事務局', 1],
		]);
		expect(meeting?.remarks[1]?.text).toContain('制度の詳細を早期に示していただきたい。');
	});

	test('a bare role over bulleted names is no turn', () => {
		const meeting = read([...HEAD, '委員', '・山田　太郎（東都大学教授）', '・川口　花子（西北大学准教授）', '', '以上']);
		expect(meeting?.remarks).toEqual([]);
	});
});
