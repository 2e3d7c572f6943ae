/**
 * A faculty meeting's minutes whose text opens with the part of the business (`【審議事項】`) over its first item and the
 * turns, no body label before it: the part's label and the item are the text's first headings, not the header's agenda.
 * Its title with the session after the document's word (`文学部教授会議事録（第８回）`) names the series without that word.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const lines = [
	'文学部教授会議事録（第８回）',
	'',
	'日時：２０２４年１２月４日（水）１４：４０～１６：２０',
	'場所：本館３階 大会議室',
	'出席者：４２名（構成員５０名）',
	'議長：学部長 遠藤 智子',
	'',
	'【審議事項】',
	'１．令和７年度学部カリキュラムの改正について',
	'遠藤学部長：教務委員長から説明をお願いします。',
	'関口教授：資料１のとおり、基礎演習を必修化します。',
	'２．非常勤講師の任用について',
	'遠藤学部長：資料２のとおり３名の任用を提案します。',
	'',
	'【報告事項】',
	'１．入試委員会報告',
	'平野教授：推薦入試の志願者数は２１４名でした。',
];

describe('a faculty meeting whose text opens with its part of the business', () => {
	const result = parseLines(lines);

	test('keeps the part’s label and its first item as the text’s headings', () => {
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['審議事項', '令和７年度学部カリキュラムの改正について', '非常勤講師の任用について', '報告事項', '入試委員会報告']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['遠藤学部長', '関口教授', '遠藤学部長', '平野教授']);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['令和７年度学部カリキュラムの改正について']);
	});

	test('is the series of the faculty meeting, without the document’s word', () => {
		expect(result.meeting?.series).toBe('文学部教授会');
		expect(result.meeting?.session).toBe(8);
	});
});
