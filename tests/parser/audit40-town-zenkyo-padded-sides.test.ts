/**
 * A village's 全員協議会 whose roll is set out by sides with each post one space before a name padded to the column
 * (`議長　杉　本　　　亮`), a role many hold before the names of a line (`議員　石　橋　正　人　　上　原　　　誠`), the side's
 * word spaced to the column (`村　側`) and a ditto mark before another section's head (`同　建設課長　清　水　　　隆`).
 */
import { describe, expect, test } from 'vitest';
import { withDittoPost } from '../../src/parser/participants.ts';
import { parseText } from './unseen-helpers.ts';

const record = [
	'あさひ村議会全員協議会　会議概要',
	'',
	'日　時　　令和６年１０月８日（火）　午後２時００分～午後３時２０分',
	'場　所　　あさひ村役場　大会議室',
	'',
	'出席者',
	'　議会側　　議長　杉　本　　　亮　　副議長　高　野　さくら',
	'　　　　　　議員　石　橋　正　人　　上　原　　　誠　　大　塚　美　穂　　小　野　　　勉',
	'　村　側　　村長　北　川　康　夫　　副村長　工　藤　　　仁',
	'　　　　　　総務課長　坂　本　和　也　　同　建設課長　清　水　　　隆',
	'　事務局　　事務局長　田　島　　　修　　書記　千　葉　ゆ　り',
	'',
	'協議事項',
	'　１　あさひ村地域防災計画の見直しについて',
	'',
	'概要',
	'○石橋議員　避難所の数は今回の見直しで増えるのか。',
	'○総務課長　集会所を二か所追加する予定である。',
	'○上原議員　着工の順番はどのように決めたのか。',
	'○建設課長　交通量と老朽度で優先順位を付けた。',
].join('\n');

describe("a 全員協議会's roll by sides, posts one space before padded names", () => {
	const meeting = parseText(record, 'asahi-zenkyo.txt').meeting;
	const rows = (group: string) => meeting?.participants.find((entry) => entry.group === group)?.members.map((member) => [member.name, member.title]);

	test("each side is a group of its own, each member whole with the post before them", () => {
		expect(meeting?.participants.map((group) => group.group)).toEqual(['議会側', '村側', '事務局']);
		expect(rows('議会側')).toEqual([
			['杉本 亮', '議長'],
			['高野 さくら', '副議長'],
			['石橋正人', '議員'],
			['上原 誠', '議員'],
			['大塚美穂', '議員'],
			['小野 勉', '議員'],
		]);
		expect(rows('村側')).toEqual([
			['北川康夫', '村長'],
			['工藤 仁', '副村長'],
			['坂本和也', '総務課長'],
			['清水 隆', '建設課長'],
		]);
		expect(rows('事務局')).toEqual([
			['田島 修', '事務局長'],
			['千葉ゆり', '書記'],
		]);
	});

	test('the speakers and their words are unchanged', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['石橋議員', '総務課長', '上原議員', '建設課長']);
	});

	test("a ditto mark before another section's head is no office of the section above; before a post of the same office it is", () => {
		expect(withDittoPost('同　建設課長　清水　隆', '総務課長')).toBe('建設課長　清水　隆');
		expect(withDittoPost('同　課長補佐　中川　美穂', '総務課長')).toBe('総務課課長補佐　中川　美穂');
		expect(withDittoPost('同　人事課長　森　一郎', '総務部長')).toBe('総務部人事課長　森　一郎');
	});
});
