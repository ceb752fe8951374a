import type { Translation } from '../../domain.ts';

/**
 * The source messages of the contests domain (ICU MessageFormat); see src/core/i18n/catalogs.ts for
 * the domains and how keys are named. Contest announcements, results and boards are read by the
 * whole channel, in the language stamped on the contest when it started (Contest.locale);
 * notices about a clip are in its `clip.locale`. Member text (themes, names, prompts) is always
 * an argument. `/{command} generate`, `contest: yes`, `2h` and `3d` are what members type, so
 * every language keeps them as they are.
 */
export const en = {
  // Moments and windows.
  'contest.time': '{date} UTC',
  'contest.when': '{time} (in {duration})',
  /** One sentence after another (Japanese sets no space between them). */
  'contest.sentences': '{first} {next}',

  // When an admin starts a contest.
  'contest.start.title': 'Contest started by {name}: “{theme}”',
  'contest.start.heading': '{title} (contest {id}).',
  'contest.start.enter':
    'Enter with /{command} generate and contest: yes, up to {entries, plural, one {# entry} other {# entries}} each, until {opens}.',
  'contest.start.vote':
    'Then vote with {emoji} on the entries you like, until {closes}; your own entry and bots do not count.',
  'contest.start.voterAge':
    'Votes count from members of at least {days, plural, one {# day} other {# days}}.',
  'contest.id': 'Contest id: {id}.',

  // When voting opens.
  'contest.voting.text': 'Contest “{theme}”: {sentences}',
  'contest.voting.title': 'Contest “{theme}”: voting is open',
  'contest.voting.nobody':
    'submissions are closed and nobody entered. Voting is open anyway until {closes}, but there is nothing to vote on.',
  'contest.voting.open':
    'submissions are closed with {entries, plural, one {# entry} other {# entries}}. Voting is open until {closes}: react with {emoji} on the entries you like.',
  'contest.voting.early': 'Reactions put on before now do not count; take one off and put it back to vote.',

  // How votes were counted.
  'contest.count.sentence': '{parts}.',
  'contest.count.next': '{before}; {next}',
  'contest.count.also': '{before}, {next}',
  'contest.count.counted': '{count, plural, one {# vote} other {# votes}} counted',
  'contest.count.notCounted': '{list} not counted',
  'contest.count.self': '{count, plural, one {# self-vote} other {# self-votes}}',
  'contest.count.bots': '{count, plural, one {# bot vote} other {# bot votes}}',
  'contest.count.outsideWindow':
    '{count, plural, one {# outside the voting window} other {# outside the voting window}}',
  'contest.count.tooYoung':
    '{count, plural, one {# from an account} other {# from accounts}} younger than {days, plural, one {# day} other {# days}}',
  'contest.count.foundAtClose':
    '{count, plural, one {# vote} other {# votes}} found on the platform at close',
  'contest.count.retracted':
    '{count, plural, one {# taken back while the bot was away} other {# taken back while the bot was away}}',
  'contest.count.ageUnknown':
    '{count, plural, one {The age of # voter could not be checked (no account date, never met before); that vote was counted.} other {The age of # voters could not be checked (no account date, never met before); those votes were counted.}}',

  // Results and standings.
  'contest.place': '{place, select, 1 {1st} 2 {2nd} 3 {3rd} other {{place}th}}',
  'contest.entry.ranked': '{place}: clip {clipId} by {name}, {votes, plural, one {# vote} other {# votes}}',
  'contest.entry.listed': '{number}. clip {clipId} by {name}',
  'contest.results.nobody': 'Contest “{theme}” is over: nobody entered, so there is no winner.',
  'contest.results.heading': 'Contest “{theme}” is over. {top}',
  'contest.results.top': '{entries, plural, one {# entry} other {# entries}}; the top:',
  'contest.results.title': 'Contest “{theme}” is over',
  'contest.results.noWinner': 'Nobody entered, so there is no winner.',
  'contest.results.counting': 'How votes were counted: {accounting} Ties go to the earlier entry.',
  'contest.more': '…and {count, plural, one {# more entry} other {# more entries}} in the channel.',

  // Entries so far, before voting.
  'contest.entries.none': 'Contest “{theme}”: no entries yet. Submissions are open until {opens}.',
  'contest.entries.noneTitle': 'Contest “{theme}”: no entries yet',
  'contest.entries.openUntil': 'Submissions are open until {opens}.',
  'contest.entries.heading': '{title}; votes count once voting opens {opens}.',
  'contest.entries.title': 'Contest “{theme}”: {entries, plural, one {# entry} other {# entries}} so far',
  'contest.entries.votesLater': 'Votes count once voting opens {opens}.',

  // Status.
  'contest.status.submissions':
    'Contest “{theme}” (contest {id}) by {name}: taking entries until {opens}, up to {perMember} per member; {entries} so far. Voting then runs for {voteFor}.',
  'contest.status.voting':
    'Contest “{theme}” (contest {id}) by {name}: voting with {emoji} until {closes} on {entries, plural, one {# entry} other {# entries}}.',
  'contest.status.closed': 'Contest “{theme}” (contest {id}) by {name}: closed {closed}. {winner}',
  'contest.status.winner':
    'Winner: clip {clipId} by {winner} with {votes, plural, one {# vote} other {# votes}}.',
  'contest.status.noWinner': 'No winner.',
  'contest.status.cancelled': 'Contest “{theme}” (contest {id}) by {name}: cancelled by {by}.',
  'contest.status.anAdmin': 'an admin',
  'contest.status.boardTitle': 'Contest “{theme}” by {name}',
  'contest.status.closedWinner': 'Closed {closed}. The winner:',
  'contest.standings.voting':
    'Contest “{theme}”, standings so far (voting closes {closes}; the final count also reads each entry’s reactions):',
  'contest.standings.final': 'Contest “{theme}”, final results:',
  'contest.standings.votingTitle': 'Contest “{theme}”, standings so far',
  'contest.standings.finalTitle': 'Contest “{theme}”, final results',
  'contest.standings.closes': 'Voting closes {closes}; the final count also reads each entry’s reactions.',
  'contest.standings.none': 'No entries.',

  // Cancelling.
  'contest.cancelled.notice': 'Contest “{theme}” was cancelled by {name}. No results will be announced.',
  'contest.cancelled.noStandings': 'Contest “{theme}” was cancelled; there are no standings.',

  // Refusals from the contest service (read by the member who asked).
  'contest.error.notPosted':
    'I could not post in that channel, so the contest was not started. Check the channel and that I may post there.',
  'contest.error.notPostedBecause':
    'I could not post in that channel, so the contest was not started. Check the channel and that I may post there. {reason}',
  'contest.error.notConnected': 'This chat surface is not connected right now.',
  'contest.error.already':
    'Contest “{theme}” is already {state, select, closed {closed} cancelled {cancelled} other {over}}.',
  'contest.error.unknownId':
    'There is no contest with that id. Use contest: yes to enter this channel’s contest.',
  'contest.error.otherChannel':
    'Contest “{theme}” takes entries only in its own channel; make your entry there.',
  'contest.error.votingOn':
    'Submissions for contest “{theme}” are closed; voting is on. Nothing was charged.',
  'contest.error.over':
    'Contest “{theme}” is {state, select, closed {closed} cancelled {cancelled} other {over}}; it takes no more entries. Nothing was charged.',
  'contest.error.closedJustNow': 'Submissions for contest “{theme}” closed just now. Nothing was charged.',
  'contest.error.noneOpen':
    'There is no contest open in this channel right now, so this cannot be an entry. Nothing was charged.',
  'contest.error.notHere': 'There is no contest with that id here.',
  'contest.error.noneRunning':
    'There is no contest running in this channel. An admin can start one with /{command} contest start.',
  'contest.error.theme': 'Give the contest a theme of 1 to {max} characters.',
  'contest.error.window':
    'The {window, select, submission {submission} other {voting}} window must be between {min} and {maxDays} days (like 2h or 3d).',
  'contest.error.entries': 'Entries per member must be a whole number from 1 to {max}.',
  'contest.error.voterAge': 'The minimum voter age is a whole number of days from 0 to {max}.',
  'contest.error.busy':
    'Contest “{theme}” (contest {id}) is already running in that channel; one at a time. Nothing was changed.',
  'contest.error.full':
    'You already have {count, plural, one {# entry} other {# entries}} in contest “{theme}”, the most allowed. Nothing was charged.',

  // Leaderboards (`top`) and the words of a board's entries on Discord and Slack.
  'board.top.title':
    '{period, select, day {Top clips of the last 24 hours} week {Top clips of the last 7 days} all {Top clips of all time} other {Hall of fame: contest winners}}',
  'board.top.heading': '{title}:',
  'board.top.tieRule': 'Ties: the earlier post ranks first.',
  'board.top.empty': '{title}: nothing posted yet. Make the first with generate.',
  'board.top.hallEmpty': 'The hall of fame is empty: no contest here has a winner yet.',
  'board.top.row':
    '{rank}. “{prompt}” by {name} · {votes, plural, one {# vote} other {# votes}} · clip {clipId}',
  'board.top.rowWon':
    '{rank}. “{prompt}” by {name} won “{theme}” · {votes, plural, one {# vote} other {# votes}} · clip {clipId}',
  'board.entry.votes': '{rank}. {votes, plural, one {# vote} other {# votes}}',
  'board.entry.unranked': 'Entry {rank}',
  'board.entry.won': 'Won “{theme}”',
  'board.entry.clip': 'clip {clipId}',
  'board.entry.by': '{entry} by {name}',
  'board.entry.byWon': '{entry} by {name} won “{theme}”',
  'board.entry.voteCount': '{votes, plural, one {# vote} other {# votes}}',
  'board.entry.thumbnailAlt': 'A frame of this clip',

  // Notices to members about their clips.
  'board.remix.title': '{name} {origin, select, edit {edited} other {remixed}} your clip',
  'board.remix.label': '{label, select, edit {Edit} remix {Remix} other {Original}}',
  'board.remix.note': 'At most one of these notices an hour.',
  'notice.remix':
    '{name} {origin, select, edit {edited} other {remixed}} your clip {parentId}: see clip {clipId}. (At most one of these notices an hour.)',
  'notice.cast':
    '{name} made clip {clipId} with your likeness. You may delete it with its Delete button, as its author can.',
} as const;

export type ContestsCatalog = Translation<typeof en>;
