/**
 * A city's 審議会 会議録 printed from Word pads its header's labels to one column (`日　時`, `場　所`, `出席委員`, `欠席委員`,
 * `事 務 局`, `傍 聴 者`), and lists its staff by post and name under `事 務 局` right after the absent member. The padded word heads
 * a group of those present, as `事務局` does (the staff had been a group of the absent, `欠席委員（事務局）`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和５年度　第１回みずほ市環境審議会　会議録',
	'',
	'日　時　　令和５年８月３日（木）　午後２時～午後４時',
	'場　所　　みずほ市役所　本庁舎５階　大会議室',
	'出席委員　　石田　隆（会長）、前川　麻衣子（副会長）、大石　健一',
	'欠席委員　　藤井　剛',
	'事 務 局　　環境部長　　　　　　　　三宅　良子',
	'　　　　　　環境政策課長　　　　　　岡田　浩二',
	'',
	'○石田会長　それでは議事に入ります。',
	'○大石委員　家庭部門の進み具合が遅れている理由を教えてください。',
].join('\n');

describe('the staff under a padded 事 務 局 after the absent', () => {
	test('are a group of their own, not of the absent', () => {
		expect(parseText(record, 'a.txt').meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席委員', ['石田　隆', '前川　麻衣子', '大石　健一']],
			['欠席委員', ['藤井　剛']],
			['事務局', ['三宅　良子', '岡田　浩二']],
		]);
	});
});
