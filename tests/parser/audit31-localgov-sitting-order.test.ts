/**
 * An education board's 議事日程 numbers its business `日程第１　…` and lists the reports under one of them (`日程第４　報告事項` /
 * `(1) …`): every 日程 is an item of the agenda, kept with the reports under it, and the chair's `日程第２、…` leads to its item.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

describe("a board's order of business by 日程", () => {
	test('each 日程 is an item, and so is each report under 日程第３', () => {
		const meeting = parseDocuments(
			[
				'令和６年第５回東山市教育委員会定例会会議録',
				'',
				'１　開催日時　令和６年５月２１日（火）午後２時００分～午後３時４０分',
				'２　開催場所　市役所本庁舎３階　第１会議室',
				'３　議事日程',
				'　　日程第１　会議録署名委員の指名',
				'　　日程第２　議案第１５号　東山市立学校管理規則の一部を改正する規則について',
				'　　日程第３　報告事項',
				'　　　(1) 令和６年度全国学力・学習状況調査の実施について',
				'　　　(2) 市立図書館の利用状況について',
				'',
				'午後２時００分　開会',
				'',
				'○教育長　ただいまから令和６年第５回教育委員会定例会を開会いたします。',
				'○教育長　日程第２、議案第１５号を議題といたします。',
				'○教育総務課長　議案第１５号について御説明いたします。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect(meeting?.agenda.map((item) => item.title)).toEqual([
			'日程第１　会議録署名委員の指名',
			'日程第２　議案第１５号　東山市立学校管理規則の一部を改正する規則について',
			'日程第３　報告事項',
			'令和６年度全国学力・学習状況調査の実施について',
			'市立図書館の利用状況について',
		]);
		const second = meeting?.agenda[1];
		expect(second && 'remark' in second ? second.remark : null).toBe('r2');
	});
});
