/**
 * A union's convention or an association's meeting that lists its officers and its guests before a colon under the
 * counts (`役員：執行委員長 北島 誠、副執行委員長 三浦・荒木、書記長 石田 敏之`, `来賓：連合地協　事務局長　片山　修　様`): rolls of
 * their own (each had been a section the header did not know, kept as text).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const header = ['東和電機労働組合　第５２回定期大会　議事録', '', '日　時：２０２４年９月７日（土）　１３：００～１６：２０', '会　場：本社　大会議室', '代議員定数：６０名　　出席代議員：５６名'];

describe('officers and guests of a convention', () => {
	const result = parseLines([...header, '役員：執行委員長 北島 誠、副執行委員長 三浦・荒木、書記長 石田 敏之', '来賓：連合地協　事務局長　片山　修　様', '', '議事', '北島執行委員長：春闘の結果を報告します。', '石田書記長：活動報告を提案します。']);

	test('each is a roll', () => {
		expect(result.meeting?.participants.map((group) => group.group)).toEqual(['役員', '来賓']);
		expect(result.meeting?.participants[0]?.members.map((member) => `${member.title} ${member.name}`)).toEqual(['執行委員長 北島 誠', '副執行委員長 三浦', '副執行委員長 荒木', '書記長 石田 敏之']);
		expect(result.meeting?.participants[1]?.members.map((member) => member.text)).toEqual(['連合地協　事務局長　片山　修　様']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['北島執行委員長', '石田書記長']);
	});
});
