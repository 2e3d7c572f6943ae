/**
 * A city's 都市計画審議会 lists its members as a table of role, name and the seat's kind (`会　長　　　矢島　昭夫　　（学識経験者）`,
 * the role padded to its column, `同` for the role above, a member with a foreign name), and its business under `審議案件`.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe("a planning council's roll and business", () => {
	const meeting = parse([
		'第２１５回南浦市都市計画審議会会議録',
		'',
		'開催日時　令和６年８月２日（金）午前１０時００分～午前１１時１５分',
		'開催場所　南浦市役所本庁舎７階　大会議室',
		'',
		'出席委員（１５名中１３名）',
		'　会　長　　　矢島　昭夫　　（学識経験者）',
		'　副会長　　　小柳　冬子　　（学識経験者）',
		'　委　員　　　坂口　亮　　　学識経験者',
		'　同　　　　　田島　文代　　（市議会議員）',
		'　同　　　　　ジョン・スミス（市民委員）',
		'',
		'審議案件',
		'　議第１号　南浦都市計画用途地域の変更について',
		'　議第２号　南浦都市計画地区計画の決定について',
		'',
		'議事の経過',
		'会長　それでは議第１号について、事務局から説明をお願いします。',
		'ジョン・スミス委員　住民説明会での主な意見を教えてください。',
		'事務局　日影への影響を心配する意見がございました。',
	])?.meeting;

	test('each row is one member: the role (padded or 同), the name, and the seat in the last column', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])])).toEqual([
			[
				'出席委員',
				[
					['矢島　昭夫', '会長', '学識経験者'],
					['小柳　冬子', '副会長', '学識経験者'],
					['坂口　亮', '委員', '学識経験者'],
					['田島　文代', '委員', '市議会議員'],
					['ジョン・スミス', '委員', '市民委員'],
				],
			],
		]);
	});

	test('the motions under 審議案件 are the agenda, no members of the roll', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['議第１号　南浦都市計画用途地域の変更について', '議第２号　南浦都市計画地区計画の決定について']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['会長', 'ジョン・スミス委員', '事務局']);
	});
});

describe('the others counted after those named', () => {
	const meeting = parse([
		'第４回　物流の適正化に関する有識者検討会',
		'議事概要',
		'',
		'【日時】令和６年２月２０日（火）１０：００～１２：００',
		'【場所】中央合同庁舎３号館４階特別会議室（ＷＥＢ併用）',
		'【出席者】',
		'　委員：根本座長、ほか委員６名（うちＷＥＢ参加２名）',
		'　事務局：国土交通省物流・自動車局',
		'',
		'【主な意見】',
		'Ａ委員）荷待ち時間の把握はどのように行っているのか。',
		'事務局）各事業者からの報告をもとに集計している。',
	])?.meeting;

	test('are a note on the list, no member', () => {
		const members = meeting?.participants.find((group) => group.group === '委員');
		expect(members?.members.map((member) => member.text)).toEqual(['根本座長']);
		expect(members?.note).toBe('ほか委員６名（うちＷＥＢ参加２名）');
	});
});

describe('how many of a group came, after its heading', () => {
	const meeting = parse([
		'令和６年度第２回北嶺県環境審議会　会議録',
		'',
		'１　開催日時　令和６年１１月２１日（木）午後２時から午後３時３０分まで',
		'２　開催場所　北嶺県庁本館５階　第一会議室',
		'３　出席者',
		'　（委員）　１８名中１２名出席',
		'　　浅野会長、伊吹副会長、宇田委員',
		'　（事務局）',
		'　　環境生活部長、環境政策課長　ほか',
		'４　会議の概要',
		'○浅野会長　それでは、議第１号について事務局から説明をお願いします。',
		'○宇田委員　森林吸収量の算定方法について説明をお願いしたい。',
	])?.meeting;

	test('is a note on the group, no member', () => {
		const members = meeting?.participants.find((group) => group.group === '委員');
		expect(members?.members.map((member) => member.text)).toEqual(['浅野会長', '伊吹副会長', '宇田委員']);
		expect(members?.note).toBe('１８名中１２名出席');
	});
});

describe('counts by group with a group named without its count', () => {
	const meeting = parse([
		'第２回　再生可能エネルギー導入促進に関する研究会　議事要旨',
		'',
		'１．日時：令和６年７月８日（月）１４：００～１６：００',
		'２．場所：東和県庁　西庁舎３階　大会議室',
		'３．出席者：委員９名、事務局',
		'４．議事概要',
		'（質問）Ａ委員：漁業との共生について、先進地の事例を教えてほしい。',
		'（回答）事務局：欧州では漁業者が保守作業を担う例がある。',
	])?.meeting;

	test('are a note on the list, no nameless members', () => {
		expect(meeting?.participants).toEqual([{ group: '出席者', note: '委員９名、事務局', members: [] }]);
	});
});
