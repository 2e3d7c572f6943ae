import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** A council's roll drawn as a table under its header row (as a PDF's table reads), then the staff given as a field. */
function minutes(staff: string): string {
	return [
		'第８回　ひかり県地域福祉推進審議会　議事録',
		'日時：令和６年１０月２日（水）１４：００～１６：００',
		'場所：ひかり県庁　大会議室',
		'出席委員（３名）',
		'氏名　　　　　　所属・役職',
		'青木　正人　　　ひかり大学教授',
		'石川　由紀　　　ひかり県医師会理事',
		'上野　健太　　　ひかり県商工会議所',
		staff,
		'',
		'議事',
		'○青木会長　開会いたします。',
		'○大橋課長　資料１に基づき御説明いたします。',
		'○青木会長　閉会いたします。',
		'',
	].join('\n');
}

describe('a field after a roll drawn as a table', () => {
	test.each(['事務局：福祉政策課　大橋課長、原田主査', '説明者：福祉政策課　大橋課長、原田主査'])('%s is a group of its own, its people members', (staff) => {
		const { meeting } = parseMinutes(minutes(staff), { source: 'shingikai.pdf', sourceHash: '0'.repeat(64) });
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name?.replace(/[\s\u3000]/gu, ''))])).toEqual([
			['出席委員', ['青木正人', '石川由紀', '上野健太']],
			[staff.slice(0, 3), ['大橋', '原田']],
		]);
		expect(meeting?.participants[0]?.members.map((member) => member.affiliation)).toEqual(['ひかり大学教授', 'ひかり県医師会理事', 'ひかり県商工会議所']);
	});
});
