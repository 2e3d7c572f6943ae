/**
 * The outcome of a vote as an association's record tells it after the last turn on a motion (`議長が賛否を諮ったところ、…
 * 承認可決された。`, `採決：賛成 69　反対 1　→　賛成多数で可決`, `→ 賛成多数で可決（反対３名）`): the record's words, a note or
 * a paragraph of its own, never more of the answer above it; the chair saying `可決されました。` stays the chair's.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const header = ['サンライズ管理組合　第２５回通常総会議事録', '', '日　時　２０２４年６月２３日（日）午前１０時００分～午前１１時５０分', '場　所　集会室', ''];
const read = (lines: readonly string[]) => parseDocuments([...header, ...lines].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe("a vote's outcome told by the record", () => {
	test.each([
		['　議長が本議案の賛否を諮ったところ、賛成９５個、反対２個の賛成多数により、原案どおり承認可決された。'],
		['採決：賛成 69　反対 1　棄権 1　→　賛成多数で可決'],
		['→ 賛成多数で可決（反対３名）'],
		['　審議の結果、賛成多数で承認された。'],
	])('%s is no part of the answer above it', (outcome) => {
		const meeting = read(['第１号議案　令和５年度決算報告の件', 'Q（４０２号室）：繰越金が減っている理由は何か。', 'A（森理事）：給水ポンプの緊急交換工事を行ったためです。', '', outcome, '', '第２号議案　管理規約改正の件', 'Q（１１０号室）：改正の趣旨は何か。', 'A（西田理事長）：標準管理規約に合わせるためです。']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['Q（４０２号室）', '繰越金が減っている理由は何か。'],
			['A（森理事）', '給水ポンプの緊急交換工事を行ったためです。'],
			['Q（１１０号室）', '改正の趣旨は何か。'],
			['A（西田理事長）', '標準管理規約に合わせるためです。'],
		]);
	});

	test("the chair's own words of the outcome stay the chair's", () => {
		const meeting = read(['議長：第１号議案について採決します。', '', '賛成多数と認めます。よって第１号議案は原案のとおり可決されました。', '森理事：ありがとうございます。']);
		expect(meeting?.remarks[0]?.text).toContain('可決されました。');
	});
});
