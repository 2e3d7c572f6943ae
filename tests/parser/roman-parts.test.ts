/**
 * A 議事要旨 written in parts numbered in Roman numerals after its fields (as a central bank's policy meetings publish
 * theirs: `（開催要領）`, numbered fields, then `Ⅰ．執行部からの報告の概要`, `Ⅱ．…`), no body label. The first part opens the
 * text and each part is a heading over its numbered items (before: no text was found, the plain reader kept the record
 * without its place or people, and `（事務局）` in the roll became a phantom speaker holding the whole text).
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const SUMMARY = `政策委員会・金融政策決定会合
議事要旨
（２０２４年６月１３、１４日開催分）
（開催要領）
１．開催日時：２０２４年６月１３日（１４:００～１６:００）
２．場所：本店
３．出席委員：
　議長　山本和夫　（総　裁）
　　　　佐伯良一　（副総裁）
　　　　河合順子　（審議委員）
４．政府からの出席者：
　財務省　　　　小川健二　財務副大臣
（事務局）
　政策委員会室長　　　　森田一成

Ⅰ．執行部からの報告の概要
１．最近の金融市場調節の運営実績
　金融市場調節は、前回会合で決定された方針に従って運営した。

Ⅱ．金融経済情勢に関する委員会の検討の概要
１．経済情勢
　委員は、景気は緩やかに回復しているとの認識を共有した。
　ある委員は、賃金と物価の好循環が強まっていると述べた。

Ⅲ．採決
　以上の議論を踏まえ、議長から議案が提出され、採決の結果、全員一致で決定された。
`;

describe('a 議事要旨 in parts numbered Ⅰ, Ⅱ, Ⅲ', () => {
	const { meeting, family } = parseMinutes(SUMMARY, { source: 'b.txt', sourceHash: '0'.repeat(64) });

	test('the header is read: place, time and the people; no one in the roll speaks', () => {
		expect(family).toBe('council');
		expect(meeting!.location).toBe('本店');
		expect(meeting!.start).toBe('14:00');
		expect(meeting!.participants.map((group) => group.group)[0]).toBe('出席委員');
		expect(meeting!.participants[0]!.members.map((member) => member.name)).toEqual(['山本和夫', '佐伯良一', '河合順子']);
		expect(meeting!.remarks).toEqual([]);
	});

	test('each part is a heading of the text, its numbered items under it', () => {
		expect(meeting!.sections.map((section) => section.title)).toEqual(['Ⅰ．執行部からの報告の概要', '最近の金融市場調節の運営実績', 'Ⅱ．金融経済情勢に関する委員会の検討の概要', '経済情勢', 'Ⅲ．採決']);
	});
});
