/** The contract between the verbatim generator and its writers: the bodies, their rosters, one meeting to write and what was written. */
import type { Random } from './prng.ts';
import type { Person } from './verbatim-text.ts';

/** A Diet committee or plenary, or a local assembly, with the layout its minutes are written in. */
export type VerbatimBody =
	| {
			family: 'diet';
			style: 'shugiin-committee' | 'sangiin-committee' | 'plenary';
			house: '衆議院' | '参議院';
			name: string;
			/** The minister's post in the roll (`総務大臣`, `国務大臣（科学技術政策担当）`), the vice-minister's, and the ministry the witnesses come from. */
			minister: string;
			vice: string;
			office: string;
	  }
	| { family: 'assembly'; style: 'discussnet' | 'ward'; name: string; head: string };

/** A post held by a person (大臣, 政府参考人 with the office, 市長, 事務局長 …). */
export interface Post {
	post: string;
	person: Person;
}

/** The people of a body, the same in all its meetings (so persons recur across meetings). */
export interface Roster {
	chair: Person;
	/** Members other than the chair, in seat order (the first ones are the Diet's 理事). */
	members: Person[];
	/** Ministers and government witnesses (Diet) or the executive's officials (assembly). */
	officials: Post[];
	/** The committee's 専門員 (Diet) or the assembly's secretariat. */
	staff: Post[];
}

/** One meeting to write. */
export interface MeetingPlan {
	random: Random;
	/** Plain-speech sentences of the real seeds. */
	sentences: readonly string[];
	body: VerbatimBody;
	roster: Roster;
	date: string;
	/** The Diet session (第N回国会) or the assembly's 第N回定例会. */
	session: number;
	/** The sitting's number within the session (第N号, 第N日). */
	sitting: number;
	/** UTF-8 bytes the transcript aims at. */
	targetBytes: number;
}

/** A meeting as written, with what the reader must find in it. */
export interface WrittenMeeting {
	text: string;
	series: string;
	sessionLabel: string;
	/** `HH:MM` of the sitting's opening and closing lines. */
	start: string;
	end: string;
	/** Speaker labels of the turns, in order, as written (without the mark). */
	speakers: string[];
	/** Participant groups and how many entries each lists. */
	participants: { group: string; count: number }[];
}
