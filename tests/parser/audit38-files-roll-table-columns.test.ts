import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** An assembly's sitting whose roll is a table with a column for the seat, the name, attendance and 備考 (as a PDF's table reads). */
const SITTING = [
	'令和６年第３回すずかけ村議会定例会会議録（第２号）',
	'令和６年９月９日（月曜日）午前１０時開議',
	'出席議員',
	'議席　　　　　　氏名　　　　　　出欠　　　　　　備考',
	'議長　　　　　　西田　浩二　　　出席',
	'１番　　　　　　荒井　美香　　　出席',
	'２番　　　　　　伊東　隆　　　　欠席　　　　　　公務のため',
	'３番　　　　　　江口　真一　　　遅刻　　　　　　午前１１時到着',
	'議事日程',
	'日程第１　一般質問',
	'○議長（西田浩二君）　ただいまから本日の会議を開きます。日程第１、一般質問を行います。',
	'○１番（荒井美香君）　通学路の安全対策について伺います。',
	'○村長（上原誠君）　危険箇所の点検を進めております。',
	'○議長（西田浩二君）　本日はこれで散会します。',
	'',
].join('\n');

/** A council's roll table with a column for the members' readings and one for how they attended. */
const COUNCIL = [
	'第２回　つばき市景観審議会　議事録',
	'日時：令和６年７月３日（水）１０：００～１１：３０',
	'場所：つばき市役所　会議室Ａ',
	'出席委員',
	'氏名　　　　　ふりがな　　　　　　所属　　　　　　　　出欠',
	'大川　修　　　おおかわ　おさむ　　つばき大学　　　　　出席',
	'小山　恵　　　こやま　めぐみ　　　つばき市建築士会　　オンライン',
	'',
	'議事',
	'○大川会長　開会いたします。',
	'○小山委員　色彩基準について質問します。',
	'○大川会長　閉会いたします。',
	'',
].join('\n');

describe('a roll drawn as a table with columns of their own', () => {
	test('an assembly\'s 議席 column: the post in it held, the seats no post, the other columns left out of the names', () => {
		const { meeting } = parseMinutes(SITTING, { source: 'teireikai.pdf', sourceHash: '0'.repeat(64) });
		expect(meeting?.participants.map((group) => group.group)).toEqual(['出席議員', '欠席議員']);
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['西田　浩二', '議長'],
			['荒井　美香', null],
			['江口　真一', null],
		]);
		expect(meeting?.participants[1]?.members.map((member) => member.name)).toEqual(['伊東　隆']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（西田浩二君）', '１番（荒井美香君）', '村長（上原誠君）', '議長（西田浩二君）']);
	});

	test('a council\'s ふりがな and 出欠 columns are no part of the name or the affiliation', () => {
		const { meeting } = parseMinutes(COUNCIL, { source: 'keikan.pdf', sourceHash: '0'.repeat(64) });
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.affiliation])).toEqual([
			['大川　修', 'つばき大学'],
			['小山　恵', 'つばき市建築士会'],
		]);
	});
});
