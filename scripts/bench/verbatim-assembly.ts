/**
 * Local assemblies' 会議録 as the assembly reader reads them (tests/fixtures/layouts/assembly/):
 * the DiscussNet export (`開催日：`/`会議名：`, `○出席議員（N人）` in seat columns, post and name
 * columns, `◎` headings, `<PAGE="n">` markers, `○議長（鈴木太郎君）`, `○１２番（齊藤大介議員）`,
 * `○市長（櫻田　宏）`) and the numbered-header export (`１　期日`, `△日程第N` headings, `－n－`
 * markers, `○（伊藤よしのり議長）`, `◆（白井正子君）`, `◎区長（山本亨）`); a 一般質問 of long
 * questions and answers, `開議`/`散会` times.
 */
import { arabicClock, clock, dateParts, fullWidth, wideDate } from './japanese.ts';
import type { Random } from './prng.ts';
import type { MeetingPlan, Post, Roster, VerbatimBody, WrittenMeeting } from './verbatim-types.ts';
import { columns, fullName, newScript, people, say, scriptText, speakingMinutes, speech, spacedName, write, type Person, type Script } from './verbatim-text.ts';

type AssemblyBody = Extract<VerbatimBody, { family: 'assembly' }>;

/** Posts of the executive's officials after the head (市長, 区長); each reads as post + name in a speaker label. */
const OFFICIAL_POSTS = ['教育長', '総務部長', '子ども未来部長', 'デジタル推進部長', '危機管理監', '会計管理者', '消防長', '上下水道事業管理者', '選挙管理委員会事務局長'] as const;
/** Ordinances the bills amend. */
const ORDINANCES = ['手数料条例', '職員の給与に関する条例', '情報公開条例', '個人情報保護法施行条例', '国民健康保険条例', '都市公園条例'] as const;

/** The 第N回定例会 of a date: one regular session a quarter. */
export function assemblySession(iso: string): number {
	return Math.ceil(Number(iso.slice(5, 7)) / 3);
}

/** The roster of an assembly: members in seat order with the chair in the last seat, the head and officials, the secretariat. */
export function assemblyRoster(random: Random, body: AssemblyBody): Roster {
	const everyone = people(random, random.int(18, 30) + 11);
	const members = everyone.slice(0, -11);
	const [head, deputy, ...officials] = everyone.slice(-11) as [Person, Person, ...Person[]];
	const posts: Post[] = [
		{ post: body.head, person: head },
		{ post: `副${body.head}`, person: deputy },
		...random.sample(OFFICIAL_POSTS, random.int(4, 6)).map((post, i) => ({ post, person: officials[i] as Person })),
	];
	const staff: Post[] = ['事務局長', '議事課長', '書記'].map((post, i) => ({ post, person: officials[officials.length - 1 - i] as Person }));
	return { chair: members.at(-1) as Person, members: members.slice(0, -1), officials: posts, staff };
}

/** Seat numbers: the members' seats are 1…N in roster order, the chair's the last. */
const seatOf = (roster: Roster, person: Person): number => (person === roster.chair ? roster.members.length + 1 : roster.members.indexOf(person) + 1);

/** How one export writes labels, page markers and headings. */
interface Style {
	chair: string;
	member: (person: Person, seat: number) => string;
	memberMark: string;
	official: (post: Post) => string;
	officialMark: string;
	page: (n: number) => string;
	heading: (text: string) => string;
}

/** Labels, marks, page markers and headings of the body's export. */
function styleOf(body: AssemblyBody, roster: Roster): Style {
	if (body.style === 'discussnet') {
		return {
			chair: `議長（${fullName(roster.chair)}君）`,
			member: (person, seat) => `${fullWidth(seat)}番（${fullName(person)}議員）`,
			memberMark: '○',
			official: (post) => `${post.post}（${spacedName(post.person)}）`,
			officialMark: '○',
			page: (n) => `<PAGE="${n}">`,
			heading: (text) => `◎${text}`,
		};
	}
	return {
		chair: `（${fullName(roster.chair)}議長）`,
		member: (person) => `（${fullName(person)}君）`,
		memberMark: '◆',
		official: (post) => `${post.post}（${fullName(post.person)}）`,
		officialMark: '◎',
		page: (n) => `－${n}－`,
		heading: (text) => `△${text}`,
	};
}

/** The 一般質問: each member asks, the chair names the official who answers, a second question and answer; a page marker now and then. */
function generalQuestions(plan: MeetingPlan, script: Script, style: Style, askers: readonly Person[], pages: { n: number }): void {
	const { random, sentences, roster, targetBytes } = plan;
	for (let turn = 0; script.bytes < targetBytes; turn++) {
		const member = askers[turn % askers.length] as Person;
		const seat = seatOf(roster, member);
		const label = style.member(member, seat);
		say(script, style.chair, [`${turn === 0 ? '順次発言を許します。' : ''}${fullWidth(seat)}番${fullName(member)}議員。`]);
		const rounds = random.int(1, 3);
		for (let round = 0; round < rounds; round++) {
			const official = random.pick(roster.officials);
			say(script, label, speech(random, sentences, round === 0 ? random.int(4, 9) : random.int(1, 3)), style.memberMark);
			say(script, style.chair, [`${official.post}。`]);
			say(script, style.official(official), speech(random, sentences, random.int(2, 5)), style.officialMark);
			if (random.next() < 0.5) write(script, style.page(++pages.n));
		}
		say(script, style.chair, [`以上で${fullName(member)}議員の一般質問を終わります。`]);
	}
}

/** One sitting of a regular session: header in the export's form, 会議録署名議員の指名, the bills or the 一般質問, 散会. */
export function writeAssemblyMeeting(plan: MeetingPlan, body: AssemblyBody): WrittenMeeting {
	const { random, roster } = plan;
	const script = newScript();
	const style = styleOf(body, roster);
	const start = random.pick([10 * 60, 10 * 60, 13 * 60]);
	const absent = new Set(random.sample(roster.members, random.int(0, 2)));
	const attending = [...roster.members.filter((member) => !absent.has(member)), roster.chair];
	const place = body.name.replace(/議会$/u, '');
	const items = ['会議録署名議員の指名', `議案第${random.int(1, 40)}号　${place}${random.pick(ORDINANCES)}の一部を改正する条例`, '一般質問'];
	const { era } = dateParts(plan.date);
	const eraText = era === 1 ? '元' : fullWidth(era);
	const seatCell = (person: Person) => `${fullWidth(seatOf(roster, person))}番　　${spacedName(person)}`;
	const postCell = (post: Post) => `${post.post}　　${spacedName(post.person)}`;
	const signers = random.sample(attending.slice(0, -1), 2);

	if (body.style === 'discussnet') {
		write(
			script,
			`開催日：${wideDate(plan.date)}`,
			`会議名：令和${eraText}年第${fullWidth(plan.session)}回${body.name}定例会（第${fullWidth(plan.sitting)}号）`,
			'',
			`${wideDate(plan.date, true)}${arabicClock(start)}開議`,
			'　於　議場',
			'',
			`○出席議員（${fullWidth(attending.length)}人）`,
			...columns(attending.map(seatCell), '　　', '　　　　'),
			'',
			absent.size === 0 ? '○欠席議員（なし）' : `○欠席議員（${fullWidth(absent.size)}人）`,
			...columns([...absent].map(seatCell), '　　', '　　　　'),
			'',
			'○説明のため出席した者',
			...columns(roster.officials.map(postCell), '　　', '　　　　'),
			'',
			'○事務局職員',
			...columns(roster.staff.map(postCell), '　　', '　　　　'),
			'',
			`○議事日程（第${fullWidth(plan.sitting)}号）`,
			`　　${wideDate(plan.date, true)}${arabicClock(start)}開議`,
			...items.map((item, i) => `　　日程第${fullWidth(i + 1)}　　${item}`),
			'',
			style.page(1),
			style.heading('開議の宣告'),
		);
	} else {
		write(
			script,
			`令和${eraText}年第${fullWidth(plan.session)}回定例会`,
			`${body.name}会議録（第${fullWidth(plan.sitting)}日）`,
			'',
			`１　期日　　${wideDate(plan.date)}（${dateParts(plan.date).weekday}曜日）`,
			`１　場所　　${body.name}議場`,
			`１　出席議員（${fullWidth(attending.length)}人）`,
			...columns(attending.map((person) => `${seatOf(roster, person)}番　${spacedName(person)}　議員`), '　', '　　　'),
			absent.size === 0 ? '１　欠席議員　なし' : `１　欠席議員（${fullWidth(absent.size)}人）`,
			...columns([...absent].map((person) => `${seatOf(roster, person)}番　${spacedName(person)}　議員`), '　', '　　　'),
			'１　説明のため出席した者',
			...columns(roster.officials.map(postCell), '　　', '　　　　'),
			'１　職務のため出席した事務局職員',
			...columns(roster.staff.map(postCell), '　　', '　　　　'),
			'１　議事日程',
			...items.map((item, i) => `　　日程第${fullWidth(i + 1)}　${item}`),
			'',
			`　　${arabicClock(start)}開議`,
		);
	}
	const pages = { n: 1 };
	say(script, style.chair, [start < 12 * 60 ? 'おはようございます。' : 'こんにちは。', 'ただいまから本日の会議を開きます。']);
	write(script, style.heading(`日程第１　${items[0]}`));
	say(script, style.chair, [`日程第１、${items[0]}を行います。`, `本件は、会議規則の規定により、議長において、${signers.map((p) => `${fullWidth(seatOf(roster, p))}番${fullName(p)}議員`).join('及び')}を指名いたします。`]);
	write(script, style.heading(`日程第２　${items[1]}`));
	const head = roster.officials[0] as Post;
	say(script, style.chair, [`日程第２、${items[1]}を議題といたします。`, `${head.post}から提案理由の説明を求めます。${head.post}。`]);
	say(script, style.official(head), speech(random, plan.sentences, random.int(2, 4)), style.officialMark);
	say(script, style.chair, ['お諮りいたします。本案は、所管の常任委員会に付託したいと思いますが、これに御異議ありませんか。']);
	write(script, '　　〔「異議なし」と呼ぶ者あり〕');
	say(script, style.chair, ['御異議なしと認めます。よって、そのように決しました。']);
	write(script, style.page(++pages.n), style.heading(`日程第３　${items[2]}`));
	say(script, style.chair, [`日程第３、${items[2]}を行います。`]);
	generalQuestions(plan, script, style, random.shuffle(attending.slice(0, -1)), pages);
	say(script, style.chair, ['以上で本日の日程は全部終了いたしました。', '本日はこれをもって散会いたします。']);
	const end = Math.min(start + speakingMinutes(script.bytes) + 1, 23 * 60 + 58);
	write(script, `　　${arabicClock(end)}散会`);
	const participants = [
		{ group: '出席議員', count: attending.length },
		...(absent.size > 0 ? [{ group: '欠席議員', count: absent.size }] : []),
		{ group: '説明のため出席した者', count: roster.officials.length },
		{ group: '事務局職員', count: roster.staff.length },
	];
	return {
		text: scriptText(script),
		series: body.name,
		sessionLabel: `令和${era === 1 ? '元' : era}年第${plan.session}回定例会 第${plan.sitting}${body.style === 'discussnet' ? '号' : '日'}`,
		start: clock(start),
		end: clock(end),
		speakers: script.speakers,
		participants,
	};
}
