/**
 * The Diet's 会議録 as the diet reader reads them (tests/fixtures/layouts/diet/): a 衆議院 committee
 * (`出席委員` with five-character name cells, `○山際委員長`), a 参議院 committee (`出席者は左のとおり。`,
 * `○委員長（佐藤勉君）`) and the 衆議院 本会議 (`議事日程`, `日程第一` headings, `○議長（大島理森君）`,
 * `出席国務大臣` after the transcript); kanji dates and sitting times, a break, `散会`.
 */
import { kanjiClock, kanjiDate, kanjiNumber, clock } from './japanese.ts';
import type { Random } from './prng.ts';
import type { MeetingPlan, Post, Roster, VerbatimBody, WrittenMeeting } from './verbatim-types.ts';
import { columns, fullName, newScript, paddedName, people, say, scriptText, speakingMinutes, speech, write, type Person, type Script } from './verbatim-text.ts';

type DietBody = Extract<VerbatimBody, { family: 'diet' }>;

/** Laws whose amendment bills the sittings take up. */
const LAWS = ['電気通信事業法', '地方自治法', 'サイバーセキュリティ基本法', '情報通信技術を活用した行政の推進等に関する法律', '放送法', '電波法', '個人情報の保護に関する法律', '不正アクセス行為の禁止等に関する法律'] as const;
/** Offices of the government witnesses, after the ministry's name. */
const OFFICES = ['大臣官房審議官', '大臣官房総括審議官', '大臣官房参事官', '政策統括官', '大臣官房長'] as const;
const SEPARATOR = '　　　　―――――――――――――';
const ITEM_SEPARATOR = '　　　　　――――◇―――――';

/** The 第N回国会 of a date (the ordinary session of its year, for a plausible number). */
export function dietSession(iso: string): number {
	return 200 + (Number(iso.slice(0, 4)) - 2019) * 3;
}

/** A bill: `電波法の一部を改正する法律案（内閣提出第十二号）`. */
const bill = (random: Random): string => `${random.pick(LAWS)}の一部を改正する法律案（内閣提出第${kanjiNumber(random.int(1, 70))}号）`;

/** The roster of a Diet body: chair, members, the minister, a parliamentary vice-minister and witnesses (or the cabinet for the plenary). */
export function dietRoster(random: Random, body: DietBody): Roster {
	const [chair, ...members] = people(random, random.int(26, 36)) as [Person, ...Person[]];
	const officials = people(random, 8);
	const posts: Post[] =
		body.style === 'plenary'
			? ['内閣総理大臣', '総務大臣', 'デジタル大臣', '経済産業大臣', '国務大臣'].map((post, i) => ({ post, person: officials[i] as Person }))
			: [
					{ post: body.minister, person: officials[0] as Person },
					{ post: body.vice, person: officials[1] as Person },
					...random.sample(OFFICES, 3).map((office, i) => ({ post: `（${body.office}${office}）`, person: officials[i + 2] as Person })),
				];
	return { chair, members, officials: posts, staff: [{ post: `${body.name}専門員`, person: officials[7] as Person }] };
}

/** Members present: all but 0–3 of them, in roster order. */
function present(random: Random, members: readonly Person[]): Person[] {
	const absent = new Set(random.sample(members, random.int(0, 3)));
	return members.filter((member) => !absent.has(member));
}

/** The sitting's clock: opening time, minutes paused, and the time after the transcript so far. */
interface Sitting {
	start: number;
	paused: number;
}
const now = (sitting: Sitting, script: Script): number => Math.min(sitting.start + sitting.paused + speakingMinutes(script.bytes), 23 * 60 + 58);

/** A break half-way: `この際、休憩いたします。`, the pause and the resumption lines. */
function pause(script: Script, sitting: Sitting, chair: string, event: '開議' | '開会'): void {
	say(script, chair, ['この際、休憩いたします。']);
	const at = now(sitting, script);
	const minutes = 40 + (at % 3) * 10;
	write(script, `　　　　${kanjiClock(at)}休憩`, SEPARATOR, `　　　　${kanjiClock(at + minutes)}${event}`);
	sitting.paused += minutes;
	say(script, chair, ['休憩前に引き続き会議を開きます。']);
}

/** Question and answer rounds until the target size: the chair names a member, who asks, and an official answers. */
function questions(plan: MeetingPlan, script: Script, sitting: Sitting, labels: { chair: string; member: (p: Person) => string; official: (p: Post) => string; event: '開議' | '開会' }, askers: readonly Person[]): void {
	const { random, sentences, roster, targetBytes } = plan;
	let paused = false;
	for (let turn = 0; script.bytes < targetBytes; turn++) {
		const member = askers[turn % askers.length] as Person;
		say(script, labels.chair, [turn === 0 ? `質疑の申出がありますので、順次これを許します。${fullName(member)}君。` : `次に、${fullName(member)}君。`]);
		const rounds = random.int(2, 4);
		for (let round = 0; round < rounds; round++) {
			say(script, labels.member(member), speech(random, sentences, random.int(2, 6)));
			say(script, labels.official(random.pick(roster.officials)), speech(random, sentences, random.int(1, 4)));
		}
		say(script, labels.member(member), ['終わります。']);
		if (!paused && script.bytes > targetBytes / 2 && random.next() < 0.6) {
			pause(script, sitting, labels.chair, labels.event);
			paused = true;
		}
	}
}

/** The label of an official in a 衆議院 committee: `松本国務大臣`, `田中大臣政務官`, `山田政府参考人`. */
function shugiinOfficial(post: Post): string {
	if (post.post.startsWith('（')) return `${post.person.surname}政府参考人`;
	return `${post.person.surname}${post.post.endsWith('政務官') ? '大臣政務官' : '国務大臣'}`;
}

/** A 衆議院 committee sitting. */
function shugiinCommittee(plan: MeetingPlan, body: DietBody): WrittenMeeting {
	const { random, roster } = plan;
	const script = newScript();
	const sitting: Sitting = { start: random.pick([9 * 60, 9 * 60, 10 * 60]), paused: 0 };
	const attending = present(random, roster.members);
	const directors = new Set(roster.members.slice(0, 5));
	const chair = `${roster.chair.surname}委員長`;
	const topic = bill(random);
	const witness = roster.officials.find((post) => post.post.startsWith('（')) as Post;
	write(
		script,
		`第${plan.session}回国会 ${body.house} ${body.name} 第${plan.sitting}号`,
		kanjiDate(plan.date),
		`　　　　${kanjiClock(sitting.start)}開議`,
		'　出席委員',
		`　　　委員長 ${paddedName(roster.chair)}君`,
		...columns(attending.filter((m) => directors.has(m)).map((m) => `理事 ${paddedName(m)}君`), '　　　', ' '),
		...columns(attending.filter((m) => !directors.has(m)).map((m) => `${paddedName(m)}君`), '　　　　　　', '　　　　'),
		'　　　　…………………………………',
		...roster.officials.filter((post) => !post.post.startsWith('（')).map((post) => `　　　${post.post}　　　　${paddedName(post.person)}君`),
		'　　　政府参考人',
		...roster.officials.filter((post) => post.post.startsWith('（')).map((post) => `　　　${post.post}　　${paddedName(post.person)}君`),
		...roster.staff.map((post) => `　　　${post.post}　　　　${paddedName(post.person)}君`),
		SEPARATOR,
		'本日の会議に付した案件',
		'　政府参考人出頭要求に関する件',
		`　${topic}`,
		ITEM_SEPARATOR,
	);
	say(script, chair, ['これより会議を開きます。', `内閣提出、${topic}を議題といたします。`, `この際、お諮りいたします。本案審査のため、本日、政府参考人として${witness.post.slice(1, -1)}${fullName(witness.person)}君の出席を求め、説明を聴取いたしたいと存じますが、御異議ありませんか。`]);
	write(script, '　　　　〔「異議なし」と呼ぶ者あり〕');
	say(script, chair, ['御異議なしと認めます。よって、そのように決しました。']);
	write(script, ITEM_SEPARATOR);
	questions(plan, script, sitting, { chair, member: (p) => `${p.surname}委員`, official: shugiinOfficial, event: '開議' }, random.shuffle(attending));
	say(script, chair, ['次回は、公報をもってお知らせすることとし、本日は、これにて散会いたします。']);
	const end = now(sitting, script) + 1;
	write(script, `　　　　${kanjiClock(end)}散会`);
	return {
		text: scriptText(script),
		series: `${body.house} ${body.name}`,
		sessionLabel: `第${plan.session}回国会 第${plan.sitting}号`,
		start: clock(sitting.start),
		end: clock(end),
		speakers: script.speakers,
		participants: [
			{ group: '出席委員', count: 1 + attending.length },
			{ group: '出席者', count: roster.officials.length + roster.staff.length },
		],
	};
}

/** The label of an official in a 参議院 committee: `国務大臣（松本剛明君）`, `大臣政務官（…君）`, `政府参考人（…君）`. */
function sangiinOfficial(post: Post): string {
	const role = post.post.startsWith('（') ? '政府参考人' : post.post.endsWith('政務官') ? '大臣政務官' : '国務大臣';
	return `${role}（${fullName(post.person)}君）`;
}

/** A 参議院 committee sitting. */
function sangiinCommittee(plan: MeetingPlan, body: DietBody): WrittenMeeting {
	const { random, roster } = plan;
	const script = newScript();
	const sitting: Sitting = { start: random.pick([10 * 60, 10 * 60, 13 * 60]), paused: 0 };
	const attending = present(random, roster.members);
	const directors = new Set(roster.members.slice(0, 4));
	const chair = `委員長（${fullName(roster.chair)}君）`;
	const topic = bill(random);
	const cell = (person: Person) => `　　　　　　　　　　　　　　　　${paddedName(person)}君`;
	const officialRole = (post: Post) => (post.post.startsWith('（') ? '政府参考人' : post.post.endsWith('政務官') ? '大臣政務官' : '国務大臣');
	const officialLines = ['国務大臣', '大臣政務官', '政府参考人'].flatMap((role) => {
		const posts = roster.officials.filter((post) => officialRole(post) === role);
		return posts.length === 0 ? [] : [`　　　${role}`, ...posts.map((post) => `　　　　　　　${post.post.replace(/^（|）$/gu, '')}　　　　${paddedName(post.person)}君`)];
	});
	write(
		script,
		`第${plan.session}回国会 ${body.house} ${body.name} 第${plan.sitting}号`,
		kanjiDate(plan.date),
		`　　　${kanjiClock(sitting.start)}開会`,
		SEPARATOR,
		'　　出席者は左のとおり。',
		`　　　　委員長　　　　　　　　${paddedName(roster.chair)}君`,
		'　　　　理　事',
		...attending.filter((m) => directors.has(m)).map(cell),
		'　　　　委　員',
		...attending.filter((m) => !directors.has(m)).map(cell),
		...officialLines,
		'　　　事務局側',
		...roster.staff.map((post) => `　　　　　　　常任委員会専門員　　${paddedName(post.person)}君`),
		SEPARATOR,
		'　　本日の会議に付した案件',
		`○${topic}`,
		SEPARATOR,
	);
	say(script, chair, [`ただいまから${body.name}を開会いたします。`, `${topic}を議題といたします。`, '本案の趣旨説明は既に聴取しておりますので、これより質疑に入ります。']);
	questions(plan, script, sitting, { chair, member: (p) => `${fullName(p)}君`, official: sangiinOfficial, event: '開会' }, random.shuffle(attending));
	say(script, chair, ['本日の質疑はこの程度にとどめ、これにて散会いたします。']);
	const end = now(sitting, script) + 1;
	write(script, `　　　　${kanjiClock(end)}散会`);
	return {
		text: scriptText(script),
		series: `${body.house} ${body.name}`,
		sessionLabel: `第${plan.session}回国会 第${plan.sitting}号`,
		start: clock(sitting.start),
		end: clock(end),
		speakers: script.speakers,
		participants: [{ group: '出席者', count: 1 + attending.length + roster.officials.length + roster.staff.length }],
	};
}

/** A 衆議院 本会議: 議事日程, one `日程第N` section per bill with the committee chair's report, debate and the vote, the cabinet after the transcript. */
function plenary(plan: MeetingPlan, body: DietBody): WrittenMeeting {
	const { random, roster, sentences, targetBytes } = plan;
	const script = newScript();
	const scheduled = random.pick([13 * 60, 14 * 60]);
	const sitting: Sitting = { start: scheduled + random.int(1, 5), paused: 0 };
	const chair = `議長（${fullName(roster.chair)}君）`;
	const bills = Array.from(new Set(Array.from({ length: random.int(1, 3) }, () => bill(random))));
	const speakers = random.shuffle(roster.members);
	const numeral = (n: number) => kanjiNumber(n);
	write(
		script,
		`第${numeral(plan.session)}回国会　${body.house}　本会議　第${numeral(plan.sitting)}号`,
		kanjiDate(plan.date),
		SEPARATOR,
		`　　議事日程　第${numeral(plan.sitting)}号`,
		`　　　　${kanjiDate(plan.date).replace(/（.*$/u, '')}`,
		`　　　　${kanjiClock(scheduled)}開議`,
		...bills.map((title, i) => `　第${numeral(i + 1)}　${title}`),
		SEPARATOR,
		'○本日の会議に付した案件',
		...bills.map((title, i) => `　日程第${numeral(i + 1)}　${title}`),
		`　　　　${kanjiClock(sitting.start)}開議`,
	);
	say(script, chair, ['これより会議を開きます。']);
	let next = 0;
	bills.forEach((title, i) => {
		const reporter = speakers[next++ % speakers.length] as Person;
		write(script, ITEM_SEPARATOR, `　日程第${numeral(i + 1)}　${title}`);
		say(script, chair, [`日程第${numeral(i + 1)}、${title}を議題といたします。`, `委員長の報告を求めます。委員長${fullName(reporter)}君。`]);
		write(script, `　　　　　〔${fullName(reporter)}君登壇〕`);
		say(script, `${fullName(reporter)}君`, [...speech(random, sentences, random.int(2, 4)), '以上、御報告申し上げます。']);
		const until = (targetBytes * (i + 1)) / bills.length;
		while (script.bytes < until) {
			const member = speakers[next++ % speakers.length] as Person;
			say(script, chair, [`討論の通告があります。順次これを許します。${fullName(member)}君。`]);
			write(script, `　　　　　〔${fullName(member)}君登壇〕`);
			say(script, `${fullName(member)}君`, speech(random, sentences, random.int(4, 10)));
			if (random.next() < 0.5) {
				const minister = random.pick(roster.officials);
				say(script, `${minister.post}（${fullName(minister.person)}君）`, speech(random, sentences, random.int(2, 5)));
			}
		}
		say(script, chair, ['採決いたします。', '本案の委員長の報告は可決であります。本案は委員長報告のとおり決するに賛成の諸君の起立を求めます。']);
		write(script, '　　　　　〔賛成者起立〕');
		say(script, chair, ['起立多数。よって、本案は委員長報告のとおり可決いたしました。']);
	});
	write(script, ITEM_SEPARATOR);
	say(script, chair, ['本日は、これにて散会いたします。']);
	const end = now(sitting, script) + 1;
	write(script, `　　　　${kanjiClock(end)}散会`, ITEM_SEPARATOR, '　出席国務大臣', ...roster.officials.map((post) => `　　　　　　　${post.post}　　${paddedName(post.person)}君`));
	return {
		text: scriptText(script),
		series: `${body.house} ${body.name}`,
		sessionLabel: `第${plan.session}回国会 第${plan.sitting}号`,
		start: clock(sitting.start),
		end: clock(end),
		speakers: script.speakers,
		// (The reader lists those who spoke under 発言者, the chair and the members, as its roll leaves them out; the ministers are
		// left to 出席国務大臣.)
		participants: [{ group: '出席国務大臣', count: roster.officials.length }, { group: '発言者', count: spokeUnlisted(script.speakers, roster.officials.map((post) => fullName(post.person))) }],
	};
}

/** How many people spoke by name and 君 (`議長（…君）`, `…君`) whom `listed` leaves out: a plenary's 発言者. */
function spokeUnlisted(labels: readonly string[], listed: readonly string[]): number {
	const names = labels.map((label) => /（(?<name>[^（）]+)君）$|^(?<bare>[^（）]+)君$/u.exec(label)?.groups).map((found) => found?.name ?? found?.bare);
	return new Set(names.filter((name): name is string => name !== undefined && !listed.includes(name))).size;
}

/** Write one Diet sitting in its body's layout. */
export function writeDietMeeting(plan: MeetingPlan, body: DietBody): WrittenMeeting {
	if (body.style === 'plenary') return plenary(plan, body);
	return body.style === 'sangiin-committee' ? sangiinCommittee(plan, body) : shugiinCommittee(plan, body);
}
