/**
 * Latin names in a roll: a capitalised word among bare surnames (`田中、鈴木、佐藤、Kim`, as a team's Markdown notes list who came)
 * is a person, as the others are (it had been read as a body, as an acronym is); a Latin name with its body in brackets
 * (`John Smith (ABC Corp.)`) is that person of that body (it had been no one).
 */
import { describe, expect, test } from 'vitest';
import { parseMember, parseParticipants } from '../../src/parser/participants.ts';

const roll = (text: string) => parseParticipants([{ text, line: 1 }], [], '参加者', null, '参加者')[0]?.members.map((member) => [member.name, member.affiliation]);

describe('Latin names in a roll', () => {
	test('a capitalised word among bare surnames is a person', () => {
		expect(roll('田中、鈴木、佐藤、Kim')).toEqual([
			['田中', null],
			['鈴木', null],
			['佐藤', null],
			['Kim', null],
		]);
	});

	test('acronyms, and a word beside one name only, stay bodies', () => {
		expect(roll('田中、鈴木、NICT')?.at(-1)).toEqual([null, 'NICT']);
		expect(roll('田中、Google')?.at(-1)).toEqual([null, 'Google']);
	});

	test('a Latin name with its body in brackets', () => {
		expect(parseMember('John Smith (ABC Corp.)')).toMatchObject({ name: 'John Smith', affiliation: 'ABC Corp.' });
		expect(parseMember('Maria Garcia（ソウル支社）')).toMatchObject({ name: 'Maria Garcia', affiliation: 'ソウル支社' });
	});
});
