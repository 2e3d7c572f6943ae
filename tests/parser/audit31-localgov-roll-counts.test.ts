/**
 * A city council's roll that counts a group before naming it (`委員　9名（うちWeb参加2名）` over the names, `委　員　９名` over names
 * set further in), or counts it instead of naming it (`委員１８名（欠席２名）　※名簿は別紙のとおり`, `…、委員２８名（代理出席５名を
 *含む）`): the count is a note on the list, no member without a name.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const roll = (meeting: ReturnType<typeof read>) => meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => member.name)]);

describe("a group's head count in a council's roll", () => {
	test('`委員　9名（うちWeb参加2名）` over the names is a note on them', () => {
		const meeting = read([
			'令和６年度第２回北浜市子ども・子育て会議　議事録',
			'',
			'■日時　令和６年８月２日（金）　１０時００分～１１時５０分',
			'■会場　北浜市保健福祉センター　多目的ホール',
			'■出席者',
			'　委員　9名（うちWeb参加2名）',
			'　　石井　花子（会長）、上田　一郎（副会長）、大野　修',
			'',
			'■議事',
			'（会長）',
			'　ただいまの説明について、御質問はありますか。',
			'（大野委員）',
			'　放課後児童クラブの待機児童数が増えているが、対策はどうなっているか。',
		]);
		expect(roll(meeting)).toEqual([['出席者', '委員9名（うちWeb参加2名）', ['石井　花子', '上田　一郎', '大野　修']]]);
	});

	test('`委　員　９名` over names set further in is a note on them', () => {
		const meeting = read([
			'令和６年度　第１回北浜市男女共同参画審議会　会議録',
			'',
			'日　時：令和６年７月２９日（月）　午前１０時～午前１１時３０分',
			'場　所：北浜市男女共同参画センター　研修室１',
			'出席者：',
			'　委　員　９名',
			'　　会　長　　阿部　和子',
			'　　副会長　　田村　俊介',
			'',
			'阿部会長　　それでは議事に入ります。事務局から説明をお願いします。',
			'事務局　　資料に基づき説明します。',
		]);
		expect(roll(meeting)).toEqual([['出席者', '委員９名', ['阿部　和子', '田村　俊介']]]);
	});

	test('a count with a note on how they came, instead of the names or after them, names no one', () => {
		const alone = read([
			'第１２回北浜市総合計画審議会　会議録',
			'',
			'日　時　令和６年１０月３日（木）午後２時～午後４時',
			'場　所　北浜市役所　本庁舎大会議室',
			'出席者　委員１８名（欠席２名）　※名簿は別紙のとおり',
			'',
			'会長　　　　　それでは、基本計画素案について、事務局から説明をお願いします。',
			'企画政策課長　素案の第１章から第３章まで説明いたします。',
		]);
		expect(alone?.participants.flatMap((group) => group.members)).toEqual([]);
		expect(alone?.participants[0]?.note).toContain('委員１８名（欠席２名）');
		const after = read([
			'令和６年度北浜市防災会議　会議録',
			'',
			'日時　令和６年５月３０日（木曜日）午後２時～午後３時',
			'場所　北浜市役所　災害対策本部室',
			'出席者　会長　大橋　隆、委員２８名（代理出席５名を含む）',
			'',
			'会長：ただいまから令和６年度北浜市防災会議を開会いたします。',
			'危機管理課長：地域防災計画の修正案について説明いたします。',
		]);
		expect(roll(after)).toEqual([['出席者', '委員２８名（代理出席５名を含む）', ['大橋　隆']]]);
	});
});
