/**
 * A foundation's or an association's minutes numbering the header's fields (`２　場　所　…`, `３　評議員の現在数及び定足数`):
 * the next number after the place starts a field of its own, kept as text, even under a label no list knows (it had been read
 * as more of the place, three lines of it).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'公益財団法人あさひ奨学会',
	'第18回評議員会議事録',
	'',
	'１　日　時　令和６年６月12日（水）午後２時00分から午後３時00分まで',
	'２　場　所　あさひ会館　第二会議室',
	'３　評議員の現在数及び定足数',
	'　　評議員の現在数　　５名',
	'　　定足数　　　　　　３名',
	'４　出席者',
	'　　出席評議員　　５名',
	'　　　井上　和夫、岡田　恵、木村　進、小林　陽子、斉藤　亮',
	'',
	'５　議事の経過の概要及び議決の結果',
	'　議長は、定足数を満たしている旨を述べ、議事に入った。',
].join('\n');

describe('a numbered field after the place', () => {
	const meeting = parseText(text, 'hyogiin.txt').meeting;

	test('is no part of the place', () => {
		expect(meeting?.location).toBe('あさひ会館　第二会議室');
	});

	test('and the roll below it is read', () => {
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['井上　和夫', '岡田　恵', '木村　進', '小林　陽子', '斉藤　亮']);
	});
});
