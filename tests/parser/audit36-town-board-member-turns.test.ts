/**
 * A joint body's sitting typed in Word, each turn a post and the holder's surname before a wider gap: the audit commissioner's
 * turn (`監査委員　小沢　　…`, a board's post ending in 委員) is that member's, as `事務局長　岡本　　…` is the official's.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和５年第２回みさき環境衛生組合議会定例会会議録',
	'',
	'令和５年１１月２８日（火）午後１時３０分開議',
	'場所　みさき環境衛生組合　会議室',
	'',
	'出席議員（４名）',
	'　１番　和　泉　達　也　　２番　稲　垣　直　美',
	'　３番　今　村　　　昭　　４番　内　山　　　博',
	'',
	'説明のため出席した者',
	'　管理者　　　　　　江　川　秀　雄',
	'　事務局長　　　　　岡　本　浩　之',
	'　監査委員　　　　　小　沢　　　進',
	'',
	'議長　内山　　ただいまから定例会を開会します。日程第１、認定第１号を議題とします。',
	'事務局長　岡本　　認定第１号について御説明します。歳入総額は４億１千万円でございます。',
	'監査委員　小沢　　決算審査の結果を報告します。計数に誤りはなく、適正に執行されていると認めました。',
	'議長　内山　　これで閉会します。',
	'午後２時１０分閉会',
];

describe("an audit commissioner's unmarked turn of post and surname", () => {
	const { meeting } = parseText(record.join('\n'), 'misaki-kumiai.txt');

	test('is a turn of its own, no more words of the official before it', () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（内山）', 'ただいまから定例会を開会します。日程第１、認定第１号を議題とします。'],
			['事務局長（岡本）', '認定第１号について御説明します。歳入総額は４億１千万円でございます。'],
			['監査委員（小沢）', '決算審査の結果を報告します。計数に誤りはなく、適正に執行されていると認めました。'],
			['議長（内山）', 'これで閉会します。'],
		]);
	});
});

/** A town committee typed so, where the treasurer (`会計管理者　木島　　…`) answers: a post ending in 管理者. */
const committee = [
	'令和６年　こもれび町議会　総務常任委員会　会議録',
	'',
	'日　時　令和６年６月１４日（金）　午前９時３０分～午前１０時４０分',
	'',
	'出席委員',
	'　委員長　　青　木　蒼　太　　委　員　　上　原　　　仁',
	'出席説明員',
	'　総務課長　　片　山　美　紀　　会計管理者　木　島　　　淳',
	'',
	'委員長　青木　　質疑はありませんか。',
	'委員　上原　　報酬の支払はいつになりますか。',
	'会計管理者　木島　　支払事務は１２月の支給に合わせて行います。',
	'委員長　青木　　閉会します。',
];

describe("a treasurer's unmarked turn of post and surname", () => {
	const { meeting } = parseText(committee.join('\n'), 'komorebi-soumu.txt');

	test("is the treasurer's, the surname no part of the words", () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['委員長（青木）', '質疑はありませんか。'],
			['委員（上原）', '報酬の支払はいつになりますか。'],
			['会計管理者（木島）', '支払事務は１２月の支給に合わせて行います。'],
			['委員長（青木）', '閉会します。'],
		]);
	});
});
