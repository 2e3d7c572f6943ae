/**
 * A town's 定例会 record opens with the mayor's call and the members who answered it (`開会日に応招した議員`, names without seats),
 * then the day's record with `出席議員(10名)` by seat (`1番 石川 和也君`). The two rolls list the same members: one roll, the one
 * that says more of them (by seat) kept, in the first one's place (the seats had been dropped for the names of the call).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和6年 6月定例会(第2回)',
	'',
	'かすみ町告示第41号',
	' 令和6年第2回かすみ町議会定例会を次のとおり招集する',
	'    令和6年5月24日',
	'                                かすみ町長 平井 良太',
	'1 期 日  令和6年6月4日',
	'2 場 所  かすみ町議会議場',
	'──────────────────────────────',
	'開会日に応招した議員',
	'石川 和也君          内田 幸恵君',
	'大野 広志君          中西 昭夫君',
	'──────────────────────────────',
	'応招しなかった議員',
	'なし',
	'──────────────────────────────',
	'令和6年 第2回(定例)か す み 町 議 会 会 議 録(第1日)',
	'                             令和6年6月4日(火曜日)',
	'──────────────────────────────',
	'出席議員(4名)',
	'1番 石川 和也君       2番 内田 幸恵君',
	'3番 大野 広志君       4番 中西 昭夫君',
	'──────────────────────────────',
	'欠席議員(なし)',
	'──────────────────────────────',
	'午前9時30分開議',
	'○議長(中西昭夫君) 皆さん、おはようございます。これから本日の会議を開きます。',
	'○3番(大野広志君) 質問いたします。',
	'○議長(中西昭夫君) 以上で本日の日程は全部終了しました。',
	'午前10時51分散会',
].join('\n');

describe('the members called and the members present, the same', () => {
	test('one roll, by seat', () => {
		const groups = parseText(record, 'kasumi-2024-06-04.txt').meeting?.participants ?? [];
		const present = groups.filter((group) => group.group === '出席議員');
		expect(present).toHaveLength(1);
		expect(present[0]?.members.map((member) => member.text)).toEqual(['1番 石川 和也君', '2番 内田 幸恵君', '3番 大野 広志君', '4番 中西 昭夫君']);
	});
});
