/**
 * A board's minutes listing the bills under `議案` alone on its line, below who chaired (`議長　代表取締役　…`), each taken up
 * again under its number in brackets (`【第1号議案】…`): the bills are the agenda, and the bracketed line opens the text (the
 * label and the bills had been members of the chair's list, the agenda empty).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'取締役会議事録',
	'',
	'株式会社あおぞら精機',
	'',
	'日　時　　2024年9月5日（木）午後3時00分～午後4時10分',
	'場　所　　当社本社　会議室A',
	'出席取締役　3名中3名',
	'　代表取締役　　森下　晃',
	'　取締役　　　　岸　由香',
	'　取締役　　　　平井　拓',
	'',
	'議長　代表取締役　森下晃',
	'',
	'議案',
	'　第1号議案　借入金の件',
	'　第2号議案　組織変更の件',
	'',
	'【第1号議案】借入金の件',
	'森下議長）運転資金として5千万円を借り入れたいと考えます。',
	'岸取締役）金利の条件はどうですか。',
	'→ 全員一致で原案どおり承認可決。',
].join('\n');

describe('bills under 議案 alone', () => {
	const meeting = parseText(text, 'board.txt').meeting;

	test('are the agenda', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['第1号議案　借入金の件', '第2号議案　組織変更の件']);
	});

	test("no member of the chair's list, and the turns follow", () => {
		expect(meeting?.participants.find((group) => group.group === '議長')?.members.map((member) => member.text)).toEqual(['代表取締役　森下晃']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森下議長', '岸取締役']);
	});
});
