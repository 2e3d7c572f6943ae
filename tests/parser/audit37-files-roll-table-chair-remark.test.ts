import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** A council's roll drawn as a table of name, affiliation and 備考, the chair named in the 備考 column (as a PDF's table reads). */
const MINUTES = [
	'第８回　ひかり県地域福祉推進審議会　議事録',
	'日時：令和６年１０月２日（水）１４：００～１６：００',
	'場所：ひかり県庁　大会議室',
	'出席委員（４名）',
	'氏名　　　　　　所属・役職　　　　　　　備考',
	'青木　正人　　　ひかり大学教授　　　　　会長',
	'石川　由紀　　　ひかり県医師会理事　　　副会長',
	'上野　健太　　　ひかり県商工会議所',
	'遠藤　美咲　　　市民公募委員　　　　　　オンライン',
	'',
	'議事',
	'○青木会長　開会いたします。',
	'○上野委員　質問があります。',
	'○石川副会長　会長に代わり閉会いたします。',
	'',
].join('\n');

describe('the chair named in the 備考 column of a roll table', () => {
	test('the post is the member\'s title, other remarks none', () => {
		const { meeting } = parseMinutes(MINUTES, { source: 'shingikai.pdf', sourceHash: '0'.repeat(64) });
		expect(meeting?.participants[0]?.members.map((member) => [member.name?.replace(/[\s\u3000]/gu, ''), member.title, member.affiliation])).toEqual([
			['青木正人', '会長', 'ひかり大学教授'],
			['石川由紀', '副会長', 'ひかり県医師会理事'],
			['上野健太', null, 'ひかり県商工会議所'],
			['遠藤美咲', null, '市民公募委員'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['青木会長', '上野委員', '石川副会長']);
	});
});
