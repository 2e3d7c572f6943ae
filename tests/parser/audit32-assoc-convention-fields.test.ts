/**
 * A union's convention names its two or three co-chairs in the header (`議長団　…`), and a co-op's 総代会 lists the motions
 * put to the vote under a numbered `採決`: the first is a roll, the second the agenda, neither an unknown field.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

describe('a convention’s co-chairs', () => {
	const result = parseLines([
		'第45回 定期大会 議事録',
		'',
		'日　時　2024年6月22日（土）13時00分～16時30分',
		'場　所　中央労働会館 大ホール',
		'議長団　山田　太郎（第一支部）、石井　由美（第三支部）、岡本　修（青年部）',
		'出席代議員　85名（定数92名）',
		'',
		'１．開会',
		'司会（川口書記次長）　ただいまから第45回定期大会を開会いたします。',
		'２．議事',
		'石井議長　第１号議案について執行部から報告を求めます。',
		'藤田書記長　2023年度の活動について報告いたします。',
	]);

	test('are a roll of their own, not text over the first section', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])[0]).toEqual(['議長団', ['山田　太郎', '石井　由美', '岡本　修']]);
		expect(result.meeting?.participants[0]?.members.map((member) => member.affiliation)).toEqual(['第一支部', '第三支部', '青年部']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['司会（川口書記次長）', '石井議長', '藤田書記長']);
	});
});

describe('a co-op’s 総代会 with its motions under `採決`', () => {
	const result = parseLines([
		'生活協同組合コープあおぞら',
		'第38回通常総代会議事録',
		'',
		'１．開催日時　2024年6月15日（土）午前10時～午後0時30分',
		'２．開催場所　あおぞら生協本部 2階大会議室',
		'３．出席総代数　248名',
		'４．採決',
		'　第１号議案　2023年度事業報告及び決算関係書類承認の件',
		'　第２号議案　2024年度事業計画及び予算決定の件',
		'５．議事の経過の概要及びその結果',
		'村上議長　ただいまより議事に入ります。',
		'西田専務理事　第１号議案について説明いたします。',
	]);

	test('reads the motions as the agenda, with no warning', () => {
		expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案　2023年度事業報告及び決算関係書類承認の件', '第２号議案　2024年度事業計画及び予算決定の件']);
		expect(result.meeting?.sections.map((section) => section.title)).not.toContain('採決');
	});
});
