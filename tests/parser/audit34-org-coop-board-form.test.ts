/**
 * A co-operative's 理事会 minutes on its central federation's form: numbered fields with numbered parts under them
 * (`２　開催日時及び場所` / `（１）開催日時` …, `３　理事数及び出席理事数` / `（１）理事数　　９人`), the rolls by name, the chair as
 * `７　議長の氏名`, and the co-operative's name under the title. The counts are text (they had run on as the place, the second
 * a section of the text), the chair a roll of its own (it had been one more absent director, its label a member), and the
 * co-operative names the series (it had been `理事会`, one for every board).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const result = parseLines([
	'第１２回　理事会議事録',
	'',
	'みなと水産加工協同組合',
	'',
	'１　開催日時及び場所',
	'（１）開催日時',
	'　令和６年５月２０日（月曜日）　午後２時００分から午後３時４０分まで',
	'（２）開催場所',
	'　当組合　２階会議室',
	'',
	'２　理事数及び出席理事数',
	'（１）理事数　　　９人',
	'（２）出席理事数　８人',
	'',
	'３　出席理事の氏名',
	'　石原　健一、大野　真理子、川村　昭、木下　道夫、小松　優、坂井　俊介、高田　恵美、中尾　修',
	'',
	'４　欠席理事の氏名',
	'　西川　亮',
	'',
	'５　議長の氏名',
	'　代表理事理事長　石原　健一',
	'',
	'６　議事の経過の要領及びその結果',
	'',
	'　定刻、理事長石原健一は議長となり、開会を宣し、議案の審議に入った。',
	'',
	'第１号議案　令和５年度事業報告書承認の件',
	'　議長は、令和５年度の事業報告書について詳細に説明した。',
	'　議長がその承認を議場に諮ったところ、出席理事全員異議なく承認可決した。',
]);
const meeting = result.meeting;

describe('a co-operative’s board minutes on the federation’s form', () => {
	test('the co-operative under the title names the series', () => {
		expect(meeting?.series).toBe('みなと水産加工協同組合 理事会');
	});

	test('the place is the place alone, the counts are text', () => {
		expect(meeting?.location).toBe('当組合　２階会議室');
		const texts = result.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])));
		expect(texts).toEqual(expect.arrayContaining(['（１）理事数　　　９人', '（２）出席理事数　８人']));
		expect(result.body.map((section) => section.title)).not.toContain('出席理事数　８人');
	});

	test('the chair is a roll of their own, the absent director alone in theirs', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => `${member.title ?? ''} ${member.name}`)])).toEqual([
			['出席理事の氏名', ['理事 石原　健一', '理事 大野　真理子', '理事 川村　昭', '理事 木下　道夫', '理事 小松　優', '理事 坂井　俊介', '理事 高田　恵美', '理事 中尾　修']],
			['欠席理事の氏名', ['理事 西川　亮']],
			['議長の氏名', ['代表理事理事長 石原　健一']],
		]);
	});
});
