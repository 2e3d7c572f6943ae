/** A panel's speakers by bare surname, one of them a single letter (森) that the roll writes apart from the given name. */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const PANEL = (panelists: string) => `第１２回ひなたNPOフォーラム　記録
日時　2024年11月16日（土）13:30～15:40
会場　ひなた県民交流センター

コーディネーター　加藤　哲也（ひなたNPOセンター代表理事）
パネリスト　　　　石井　布由子（コラボひなた事務局長）
${panelists}

加藤　それでは第2部を始めます。森さん、行政の立場からお願いします。
森　市では、令和4年度から協働提案事業を始めました。
石井　単年度の予算では人を雇えません。
森　複数年度の契約ができないか、財政課と協議しております。
加藤　ありがとうございました。`;

const speakers = (text: string) => parseMinutes(text, { source: 'panel.txt', sourceHash: '0'.repeat(64) }).meeting!.remarks.map((remark) => remark.speaker);

describe('a one-letter surname speaking bare', () => {
	test('speaks when the roll writes it apart from the given name (森　陽介)', () => {
		expect(speakers(PANEL('　　　　　　　　　森　陽介（ひなた市市民協働課長）'))).toEqual(['加藤', '森', '石井', '森', '加藤']);
	});

	test('does not when it is only the first letter of a listed surname (森田　陽介)', () => {
		expect(speakers(PANEL('　　　　　　　　　森田　陽介（ひなた市市民協働課長）'))).toEqual(['加藤', '石井', '加藤']);
	});
});
