/**
 * An education board's record told in the third person, each speaker in brackets over their points: the record's own
 * words after the last point (`採決の結果、原案のとおり可決。`, `原案のとおり可決。`, `全員賛成により原案のとおり可決`, and
 * the close in 文語, `午後２時４０分、佐伯教育長、閉会を宣す。`) are notes, never more of the last speaker's points.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const record = (outcome: string) =>
	parseLines([
		'令和６年度第２回定例教育委員会会議　会議録',
		'',
		'１　日時　令和６年５月１６日（木曜日）午後１時００分～午後２時４０分',
		'２　場所　県庁２４階　教育委員会会議室',
		'',
		'第１１号議案　県立高等学校の通学区域に関する規則の一部改正について',
		'高校教育課長が説明。',
		'（河野委員）',
		'・統合により通学時間が長くなる生徒への配慮はどうなっているか。',
		'（高校教育課長）',
		'・スクールバスの運行について、地元の市と協議を進めている。',
		outcome,
		'（代田委員）',
		'・定員割れの学校が増えている理由は何か。',
		'（高校教育課長）',
		'・中学校卒業者数の減少が主な要因と考えている。',
		'午後２時４０分、佐伯教育長、閉会を宣す。',
	]);

describe("the record's outcome after a speaker's points", () => {
	for (const outcome of ['採決の結果、原案のとおり可決。', '原案のとおり可決。', '全員賛成により原案のとおり可決', '異議なしと認め、原案どおり承認。']) {
		test(`${outcome} is a note, and so is the close`, () => {
			const turns = turnsOf(record(outcome));
			expect(turns.map(([speaker]) => speaker)).toEqual(['河野委員', '高校教育課長', '代田委員', '高校教育課長']);
			expect(turns.map(([, text]) => text).join('\n')).not.toMatch(/可決|承認|閉会/u);
		});
	}
});
