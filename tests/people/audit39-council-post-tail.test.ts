/**
 * A ministry's 議事録 labels its officials' turns by their post written short (`○飼料課長`, `○評価監視官`, `○同課主査`) where the
 * roll writes each post whole (`畜産局飼料課長　木崎　大地`): the turn is the one official whose listed post ends with it.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { resolvePeople } from '../../src/people/resolve.ts';

function resolve(lines: readonly string[]) {
	const { meeting } = parseMinutes(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
	if (!meeting) throw new Error('no record');
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	const who = (label: string) => index.persons.filter((person) => person.labels.includes(label)).map((person) => person.name.replace(/[ \u3000]/gu, ''));
	return { who, messages: index.diagnostics.map((d) => d.message) };
}

const header = ['農業資材審議会飼料分科会　第４２回安全性部会', '議事録', '', '１．日時　令和６年７月１８日（木曜日）１４：００～１５：４０', '２．出席者', '（委員）', '　　部会長　　浅野　和彦（北央大学教授）', '　　委員　　　石森　由紀（日本飼料工業会）'];

describe("an official's post written short as the turn's label", () => {
	test('is the one official whose post the roll writes whole', () => {
		const { who, messages } = resolve([
			...header,
			'（農林水産省）',
			'　　消費・安全局畜水産安全管理課長　　竹中　悠人',
			'　　同課評価監視官　　　　　　村瀬　隆',
			'　　同課主査　　　　　　　　　吉永　沙織',
			'　　畜産局飼料課長　　　　　　木崎　大地',
			'',
			'○浅野部会長　議事に入ります。',
			'○評価監視官　資料１に基づき御説明いたします。',
			'○同課主査　補足いたします。',
			'○石森委員　使用実績はありますか。',
			'○飼料課長　欧州では十年以上の実績がございます。',
		]);
		expect(who('評価監視官')).toEqual(['村瀬隆']);
		expect(who('同課主査')).toEqual(['吉永沙織']);
		expect(who('飼料課長')).toEqual(['木崎大地']);
		expect(messages).toEqual([]);
	});

	test('two officials whose posts end alike leave the label as it was', () => {
		const { who } = resolve([...header, '（農林水産省）', '　　畜産局飼料課長　　木崎　大地', '　　消費・安全局飼料課長　　森　一郎', '', '○浅野部会長　議事に入ります。', '○飼料課長　御説明いたします。']);
		expect(who('飼料課長')).not.toContain('木崎大地');
		expect(who('飼料課長')).not.toContain('森一郎');
	});

	test('a post the roll lists without a name is that office speaking, no person named by the section', () => {
		const { who, messages } = resolve([
			'第２回ひまわり県地域医療構想調整会議　議事録',
			'',
			'日時：令和６年１０月３日（木）１９時００分～２０時３０分',
			'出席者：（委員）原田議長、佐々木委員',
			'（事務局）健康福祉部医事課長、地域医療推進室長',
			'',
			'○医事課長　ただいまから会議を開催します。',
			'○原田議長　議事に入ります。',
		]);
		expect(who('医事課長')).toEqual(['医事課長']);
		expect(messages).toEqual([]);
	});
});
