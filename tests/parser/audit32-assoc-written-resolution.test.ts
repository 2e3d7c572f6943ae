/**
 * A shareholders' resolution in writing (会社法第319条): its numbered fields name what was resolved, who proposed it
 * (`前号の事項の提案をした者の氏名`), the day and who wrote the minutes. Who proposed it is a roll, and the motion's words
 * under its title are set apart from the title.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const lines = [
	'臨時株主総会議事録',
	'',
	'１．株主総会の決議があったものとみなされた事項の内容',
	'　第１号議案　定款一部変更の件',
	'　　当会社の商号を株式会社みらい技研に変更する。',
	'２．前号の事項の提案をした者の氏名',
	'　　代表取締役　青木　誠',
	'３．株主総会の決議があったものとみなされた日',
	'　　令和６年７月１日',
	'４．議事録の作成に係る職務を行った取締役の氏名',
	'　　取締役　野村　涼子',
	'',
	'上記のとおり、会社法第３１９条第１項の規定により株主総会の決議があったものとみなされたので、これを証するため本議事録を作成する。',
	'',
	'令和６年７月１日',
	'株式会社みらい技研',
	'代表取締役　青木　誠　㊞',
];

describe('a shareholders’ resolution in writing', () => {
	const result = parseLines(lines);

	test('who proposed the matter is a roll, with no warning of an unknown field', () => {
		expect(result.diagnostics.map((d) => d.message)).toEqual([]);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['前号の事項の提案をした者の氏名', ['青木　誠']],
			['議事録の作成に係る職務を行った取締役の氏名', ['野村　涼子']],
		]);
		expect(result.meeting?.date).toBe('2024-07-01');
	});

	test('the motion’s words stand apart from its title', () => {
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案　定款一部変更の件　当会社の商号を株式会社みらい技研に変更する。']);
	});
});
