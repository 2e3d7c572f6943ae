/**
 * The five real seeds: golden fixtures (`tests/fixtures/seeds/<seed>.json`,
 * regenerate with `UPDATE=1 npx vitest run tests/parser/seeds.test.ts` and
 * review the diff) plus assertions checked by hand against the seed text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import type { Block, BodySection, ParseResult } from '../../src/parser/types.ts';

const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
const FIXTURES_DIR = join(import.meta.dirname, '../fixtures/seeds');
const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();

function parseSeed(name: string): ParseResult {
	const bytes = readFileSync(join(SEEDS_DIR, name));
	return parseMinutes(bytes.toString('utf8'), { source: name, sourceHash: createHash('sha256').update(bytes).digest('hex') });
}

const seedNamed = (prefix: string): string => {
	const name = seeds.find((seed) => seed.startsWith(prefix));
	if (!name) throw new Error(`seed ${prefix} missing`);
	return name;
};

/** Every block of the body, remarks' children included, in document order. */
function allBlocks(body: readonly BodySection[]): Block[] {
	const walk = (blocks: readonly Block[]): Block[] => blocks.flatMap((block) => (block.type === 'remark' ? [block, ...walk(block.children)] : [block]));
	return body.flatMap((section) => walk(section.children));
}

test('there are five seeds', () => {
	expect(seeds).toHaveLength(5);
});

describe.each(seeds)('golden fixture: %s', (name) => {
	test('matches the parser output', () => {
		const result = parseSeed(name);
		const file = join(FIXTURES_DIR, name.replace(/\.txt$/, '.json'));
		const actual = `${JSON.stringify(result, null, '\t')}\n`;
		if (process.env.UPDATE === '1') writeFileSync(file, actual);
		expect(existsSync(file), `missing ${file}: run with UPDATE=1 and review it`).toBe(true);
		expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
	});

	test('becomes a valid record without problems', () => {
		const result = parseSeed(name);
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).not.toBeNull();
	});

	test('ids are stable and unique across two parses', () => {
		const first = parseSeed(name);
		const second = parseSeed(name);
		expect(second.meeting?.remarks.map((r) => r.id)).toEqual(first.meeting?.remarks.map((r) => r.id));
		expect(second.body.map((s) => s.id)).toEqual(first.body.map((s) => s.id));
		const remarkIds = first.meeting?.remarks.map((r) => r.id) ?? [];
		expect(new Set(remarkIds).size).toBe(remarkIds.length);
		expect(remarkIds).toEqual(remarkIds.map((_, index) => `r${index + 1}`));
	});

	test('the frontmatter index agrees with the body', () => {
		const { meeting, body } = parseSeed(name);
		expect(meeting?.sections).toEqual(body.map(({ id, title, line }) => ({ id, title, line })));
		const remarkBlocks = allBlocks(body).filter((block) => block.type === 'remark');
		expect(meeting?.remarks.map((r) => [r.id, r.speaker, r.chat, r.line])).toEqual(remarkBlocks.map((r) => [r.id, r.speaker, r.chat, r.line]));
	});

	test('body text is taken from the seed as written', () => {
		const text = readFileSync(join(SEEDS_DIR, name), 'utf8').replace(/\s+/g, '');
		for (const block of allBlocks(parseSeed(name).body)) {
			const texts = block.type === 'list' ? block.items.map((item) => item.text) : block.type === 'remark' ? [block.speaker] : [block.text];
			for (const piece of texts) expect(text).toContain(piece.replace(/\s+/g, ''));
		}
	});
});

describe('seed 000 (タスクフォース第42回)', () => {
	const { meeting, body } = parseSeed(seedNamed('000_'));

	test('header', () => {
		expect(meeting).toMatchObject({
			title: 'サイバーセキュリティタスクフォース（第42回）議事要旨',
			series: 'サイバーセキュリティタスクフォース',
			seriesSlug: 'cybersecurity-task-force',
			session: 42,
			kind: 'minutes',
			date: '2023-02-01',
			start: '16:00',
			end: '18:00',
			location: 'オンライン',
		});
	});

	test('participants: 15 構成員, 4 オブザーバー, 9 総務省, 3 発表者', () => {
		expect(meeting?.participants.map((g) => [g.group, g.members.length])).toEqual([
			['構成員', 15],
			['オブザーバー', 4],
			['総務省', 9],
			['発表者', 3],
		]);
		const officials = meeting?.participants[2]?.members ?? [];
		expect(officials[1]).toEqual({
			text: '内藤官房審議官（国際技術、サイバーセキュリティ担当）',
			name: '内藤',
			title: '官房審議官（国際技術、サイバーセキュリティ担当）',
			affiliation: null,
		});
		expect(meeting?.participants[1]?.members[0]).toEqual({ text: '内閣サイバーセキュリティセンター', name: null, title: null, affiliation: '内閣サイバーセキュリティセンター' });
		expect(meeting?.participants[3]?.members[0]).toEqual({ text: '松原実穂子（NTT）', name: '松原実穂子', title: null, affiliation: 'NTT' });
	});

	test('5 handouts with notes split off', () => {
		expect(meeting?.handouts.map((h) => h.id)).toEqual(['資料 42-1-1', '資料 42-1-2', '資料 42-1-3', '資料 42-2-1', '資料 42-2-2']);
		expect(meeting?.handouts[1]).toEqual({ id: '資料 42-1-2', title: 'ウクライナ情勢と今後の台湾情勢への示唆（NTT）', note: '非公開資料' });
		expect(meeting?.handouts[4]).toEqual({ id: '資料 42-2-2', title: 'ナショナルサイバートレーニングセンターの取組（園田構成員）', note: null });
	});

	test('2 agenda items, each in its own section', () => {
		expect(meeting?.agenda).toEqual([
			{ number: 1, title: '国際連携に関する取組状況と課題について', section: 's3' },
			{ number: 2, title: '普及啓発・人材育成に関する取組状況と課題について', section: 's4' },
		]);
	});

	test('sections 開会, 説明 (kept, empty), one per agenda item, 閉会', () => {
		expect(meeting?.sections).toEqual([
			{ id: 's1', title: '開会', line: 41 },
			{ id: 's2', title: '説明', line: 43 },
			{ id: 's3', title: '議題（1）国際連携に関する取組状況と課題について', line: 45 },
			{ id: 's4', title: '議題(2)普及啓発・人材育成に関する取組状況と課題について', line: 178 },
			{ id: 's5', title: '閉会', line: 220 },
		]);
		expect(body.find((s) => s.id === 's2')?.children).toEqual([]);
	});

	test('the ◆議題 line is the first paragraph of its section, verbatim', () => {
		const s3 = body.find((s) => s.id === 's3');
		expect(s3?.children[0]).toEqual({
			type: 'paragraph',
			line: 45,
			text: '◆議題（1）「国際連携に関する取組状況と課題について」について、事務局より資料 42-1-1、NTT 松原氏より資料 42-1-2、JPCERT 小宮山氏より資料 42-1-3 を説明。',
		});
		expect(meeting?.remarks.filter((r) => r.section === 's3')).toHaveLength(25);
		expect(meeting?.remarks.filter((r) => r.section === 's4')).toHaveLength(9);
		expect(meeting?.remarks.filter((r) => r.section === 's4').map((r) => r.line)[0]).toBe(182);
	});

	test('chat remarks are flagged between the chat markers', () => {
		const remarks = meeting?.remarks ?? [];
		const chat = remarks.filter((r) => r.chat);
		expect(chat.map((r) => r.line)).toEqual([103, 111, 116, 124, 132, 138, 142, 146, 150, 154, 158, 162, 166]);
		expect(chat[0]).toMatchObject({ id: 'r13', speaker: '若江構成員' });
		expect(remarks.find((r) => r.line === 182)).toMatchObject({ speaker: '後藤座長', chat: false });
		expect(remarks).toHaveLength(34);
	});

	test('(チャット欄より抜粋はここまで) is a note, not a speaker', () => {
		const agendaSections = body.filter((s) => s.id === 's3' || s.id === 's4').flatMap((s) => s.children);
		expect(agendaSections.filter((b) => b.type === 'note').map((b) => b.type === 'note' && b.text)).toEqual([
			'◆構成員の意見・コメント',
			'（以下チャット欄より抜粋）',
			'(チャット欄より抜粋はここまで)',
			'◆構成員の意見・コメント',
		]);
		expect(meeting?.remarks.some((r) => r.speaker.includes('チャット'))).toBe(false);
	});

	test('speakers as written and wrapped paragraphs joined', () => {
		const r2 = meeting?.remarks[1];
		expect(r2?.speaker).toBe('NTT 松原氏');
		expect(meeting?.remarks[2]?.speaker).toBe('JPCERT コーディネーションセンター 小宮山氏');
		// Line 87 ends mid-sentence (求められて), line 89 continues it (くると思う。).
		expect(meeting?.remarks[9]?.text).toMatch(/求められてくると思う。$/);
		expect(meeting?.remarks[9]?.text).not.toContain('\n');
		// Lines 93–94 are one wrapped paragraph.
		expect(meeting?.remarks[10]?.text).toBe('松原さんに質問で、ウクライナ情勢においてメディア（放送局）に対するサイバー攻撃の状況に関する情報はあるか。');
	});

	test('a URL line stays its own paragraph, literally', () => {
		const r25 = allBlocks(body).find((b) => b.type === 'remark' && b.id === 'r25');
		expect(r25?.type === 'remark' && r25.children.map((c) => c.type === 'paragraph' && c.text.slice(0, 20))).toEqual([
			'ウクライナの通信インフラが、相当規模の破',
			'<https://kyivindepen',
			'NetBlocks などによると、占領地',
		]);
	});
});

describe('seed 001 (分科会第9回)', () => {
	const { meeting } = parseSeed(seedNamed('001_'));

	test('header with spaced labels 日 時) / 場 所)', () => {
		expect(meeting).toMatchObject({
			series: 'ICT サイバーセキュリティ政策分科会',
			seriesSlug: 'ict-cybersecurity-subcommittee',
			session: 9,
			date: '2024-06-14',
			start: '14:00',
			end: '16:00',
			location: 'WEB 開催',
		});
	});

	test('the trailing 、 after the only 発表者 adds no empty member', () => {
		expect(meeting?.participants.find((g) => g.group === '発表者')?.members).toEqual([
			{ text: '井上大介(国立研究開発法人情報通信研究機構(NICT))', name: '井上大介', title: null, affiliation: '国立研究開発法人情報通信研究機構(NICT)' },
		]);
	});

	test('配布資料 with a (一部非公開資料) note and 参考資料', () => {
		expect(meeting?.handouts).toEqual([
			{ id: '資料9-1', title: 'NICT サイバーセキュリティ研究所の取り組み(NICT)', note: '一部非公開資料' },
			{ id: '資料9-2', title: 'これまでの論点整理(案)', note: null },
			{ id: '参考資料1', title: 'ICT サイバーセキュリティ政策分科会第7回 議事要旨', note: null },
			{ id: '参考資料2', title: 'ICT サイバーセキュリティ政策分科会第8回 議事要旨', note: null },
		]);
	});

	test('`後藤主査) コメント` is a speaker whose remark starts with コメント', () => {
		const remark = meeting?.remarks.find((r) => r.line === 171);
		expect(remark).toMatchObject({ speaker: '後藤主査' });
		expect(remark?.text.split('\n')[0]).toBe('コメント');
	});

	test('a paragraph ending in 、 continues after the blank line; a short label line does not', () => {
		const shinoda = meeting?.remarks.find((r) => r.line === 101);
		expect(shinoda?.text.split('\n')).toEqual([
			'今までサイバーセキュリティ領域においてデータセット等の情報共有が出来なかった理由は何故か。',
			'省庁からの情報収集について、端末から得られたデータセットのみでは狭い意味での脅威情報データとなるため、それを磨き上げて使える状態になった情報を収集されるという認識で良いか。',
			'コメント',
			'自給率を上げていくことにリスクがあったが、そのリスクを下げるという取組に賛成する。北米にサイバーセキュリティ拠点を作ることについては大賛成である。色々なプランニングがされる場に日本人がいることを望んでいる。',
		]);
	});

	test('section (3)閉会 without a space', () => {
		expect(meeting?.sections.at(-1)).toEqual({ id: 's5', title: '閉会', line: 205 });
	});
});

describe('seed 002 (summary document)', () => {
	const { meeting, body } = parseSeed(seedNamed('002_'));

	test('kind document, series from the issuer line, date 2019-12-05 (令和元年)', () => {
		expect(meeting).toMatchObject({
			title: '前回までの御議論について',
			kind: 'document',
			series: 'サイバーセキュリティタスクフォース',
			seriesSlug: 'cybersecurity-task-force',
			session: null,
			date: '2019-12-05',
			start: null,
			end: null,
			location: null,
			participants: [],
			handouts: [],
			agenda: [],
			remarks: [],
		});
	});

	test('【topic】 lines start sections that hold lists', () => {
		expect(meeting?.sections.slice(0, 7).map((s) => s.title)).toEqual([
			'総論・その他',
			'IoTのセキュリティ対策',
			'クラウドサービスのセキュリティ対策',
			'重要インフラとしての情報通信分野のセキュリティ対策',
			'研究開発の推進',
			'人材育成・普及啓発の推進',
			'情報共有・情報開示の促進',
		]);
		const first = body[0];
		expect(first?.children).toHaveLength(1);
		expect(first?.children[0]).toMatchObject({ type: 'list', line: 11 });
		expect(first?.children[0]?.type === 'list' && first.children[0].items.map((i) => i.line)).toEqual([11, 12, 13, 14]);
		expect(first?.children[0]?.type === 'list' && first.children[0].items[1]?.text).toBe('東京2020大会に向けて大会組織委員会の準備状況を報告してもらってはどうか。');
	});

	test('■ questions start sections; Markdown ** stays literal', () => {
		expect(meeting?.sections.slice(7).map((s) => [s.title, s.line])).toEqual([
			['地方公共団体や重要インフラ事業者等の人材育成を強化する必要はないか？', 74],
			['サイバーセキュリティの質の向上のため実効的な情報共有体制が構築・運営されているか？', 91],
		]);
		const items = allBlocks(body).flatMap((b) => (b.type === 'list' ? b.items : []));
		expect(items.find((i) => i.line === 100)?.text).toBe('一方、業態によっては、**ISACを立ち上げる事務局人材もない場合もある**ことが想定される。');
	});
});

describe('seed 003 (タスクフォース第29回)', () => {
	const { meeting, body } = parseSeed(seedNamed('003_'));

	test('three agenda items from one wrapped line share one section, 議題(4) has its own', () => {
		expect(meeting?.agenda).toEqual([
			{ number: 1, title: 'スマートシティセキュリティガイドライン改定の方向性', section: 's3' },
			{ number: 2, title: '電気通信事業者のネットワークの安全・信頼性の確保に向けた取組', section: 's3' },
			{ number: 3, title: 'サイバー攻撃被害情報の共有と公表のあり方', section: 's3' },
			{ number: 4, title: 'サイバーセキュリティ分野における国際連携', section: 's4' },
		]);
		expect(meeting?.sections.slice(2)).toEqual([
			{
				id: 's3',
				title: '議題（1）スマートシティセキュリティガイドライン改定の方向性／議題（2）電気通信事業者のネットワークの安全・信頼性の確保に向けた取組／議題（3）サイバー攻撃被害情報の共有と公表のあり方',
				line: 47,
			},
			{ id: 's4', title: '議題(4)サイバーセキュリティ分野における国際連携', line: 157 },
			{ id: 's5', title: '時間内にご発表できなかったチャット欄のコメント', line: 159 },
		]);
	});

	test('full-width times 10：00～12：00 and 【関係者限り】', () => {
		expect(meeting).toMatchObject({ date: '2021-03-09', start: '10:00', end: '12:00', session: 29 });
		expect(meeting?.handouts[3]).toEqual({ id: '資料 29-4', title: 'サイバーセキュリティ分野における国際連携について', note: '関係者限り' });
		expect(meeting?.handouts.map((h) => h.id)).toEqual(['資料 29-1', '資料 29-2', '資料 29-3', '資料 29-4', '参考資料 1', '参考資料 2']);
	});

	test('officials and observers', () => {
		const officials = meeting?.participants.find((g) => g.group === '総務省')?.members ?? [];
		expect(officials).toHaveLength(11);
		expect(officials.at(-1)).toEqual({ text: '安達地域情報政策室課長補佐（代理出席）', name: '安達', title: '地域情報政策室課長補佐（代理出席）', affiliation: null });
		expect(meeting?.participants.map((g) => g.group)).toEqual(['構成員', 'オブザーバー', '発表者', '総務省']);
	});

	test('the chat section: the ◆ marker starts its own section, <議事（N）について> notes, chat remarks, 以上 outside the last remark', () => {
		const notes = allBlocks(body).filter((b) => b.type === 'note').map((b) => b.type === 'note' && b.text);
		expect(notes).toEqual(['◆構成員の意見・コメント', '<議事（1）について>', '<議事（3）について>', '以上']);
		expect(meeting?.remarks.filter((r) => r.section === 's5').map((r) => r.chat)).toEqual(Array(8).fill(true));
		expect(body.find((s) => s.id === 's4')?.children.map((b) => b.type)).toEqual(['paragraph']);
		const chat = meeting?.remarks.filter((r) => r.chat) ?? [];
		expect(chat.map((r) => r.line)).toEqual([163, 169, 173, 177, 181, 185, 189, 195]);
		expect(meeting?.remarks.filter((r) => !r.chat).every((r) => r.line < 157)).toBe(true);
		expect(chat.at(-1)?.text.endsWith('報告義務があるから、事故報告があり、二度と起きないようなプラクティスにつながるのでしょうか。')).toBe(true);
		expect(meeting?.remarks.find((r) => r.line === 173)?.text.startsWith('>徳田構成員 ご指摘の通り')).toBe(true);
	});

	test('the wrapped ネットワ / ークの break is joined inside the agenda paragraph', () => {
		const intro = body[2]?.children[0];
		expect(intro).toMatchObject({ type: 'paragraph', line: 47 });
		expect(intro?.type === 'paragraph' && intro.text).toContain('電気通信事業者のネットワークの安全・信頼性の確保に向けた取組」について');
	});
});

describe('seed 004 (分科会第4回, Markdown-decorated)', () => {
	const { meeting, body } = parseSeed(seedNamed('004_'));

	test('## and ** decoration is removed from the title and group names', () => {
		expect(meeting?.title).toBe('ICT サイバーセキュリティ政策分科会（第4回）議事要旨');
		expect(meeting?.participants.map((g) => g.group)).toEqual(['構成員', '総務省', '発表者', 'オブザーバー']);
		expect(meeting).toMatchObject({ session: 4, date: '2024-03-27', start: '16:00', end: '18:00', location: 'WEB開催' });
	});

	test('資料4-1 gets its wrapped (一部非公開資料) as note', () => {
		expect(meeting?.handouts).toEqual([
			{ id: '資料4-1', title: '実践的サイバー防御演習「CYDER」2023年度結果と2024年度の実施予定について(NICT)', note: '一部非公開資料' },
			{ id: '資料4-2', title: '中之条町における情報セキュリティ研修について(群馬県中之条町)', note: '非公開資料' },
			{ id: '資料4-3', title: 'サイバーセキュリティに関する近畿総合通信局の取組(近畿総合通信局)', note: null },
			{ id: '資料4-4', title: '日本シーサート協議会の活動(日本シーサート協議会)', note: '一部非公開資料' },
		]);
	});

	test('トレーニ / ングを受けた方 is one paragraph', () => {
		const first = meeting?.remarks[0];
		expect(first).toMatchObject({ speaker: '辻構成員', line: 48 });
		expect(first?.text).toContain('アンケート結果では良い反応が集まっていてとても良い。トレーニングを受けた方だけではなく');
		expect(first?.text).not.toContain('\n');
		const remark = body[2]?.children.find((b) => b.type === 'remark');
		expect(remark?.type === 'remark' && remark.children).toHaveLength(1);
	});

	test('person entries: bare names and nested brackets', () => {
		const presenters = meeting?.participants.find((g) => g.group === '発表者')?.members ?? [];
		expect(presenters.map((m) => [m.name, m.affiliation])).toEqual([
			['園田道夫', '国立研究開発法人情報通信研究機構(NICT)'],
			['藤枝桃子', null],
			['田村光規', '群馬県中之条町'],
			['北村達也', '一般社団法人日本コンピュータセキュリティインシデント対応チーム協議会(日本シーサート協議会)'],
		]);
	});

	test('speaker labels with affiliation: 近畿総合通信局 本橋様, 群馬県中之条町 田村氏', () => {
		const speakers = meeting?.remarks.map((r) => r.speaker) ?? [];
		expect(speakers).toContain('近畿総合通信局 本橋様');
		expect(speakers).toContain('群馬県中之条町 田村氏');
		expect(meeting?.remarks).toHaveLength(25);
	});
});
