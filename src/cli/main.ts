/**
 * The `himap` command line (docs/contracts.md, Command line). Each command calls the same services
 * as the web app.
 */
import * as exportCommand from './commands/export.ts';
import * as frameworkCommand from './commands/framework.ts';
import * as importCommand from './commands/import.ts';
import * as scoreCommand from './commands/score.ts';
import * as seedDemoCommand from './commands/seed-demo.ts';
import * as serveCommand from './commands/serve.ts';
import * as roundCommand from './commands/round.ts';
import * as tokenCommand from './commands/token.ts';
import * as userCommand from './commands/user.ts';
import { reportFailure } from './failure.ts';
import { EXIT, UsageError, type CliIo } from './io.ts';

interface Command {
	help: string;
	run(args: string[], io: CliIo): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
	import: importCommand,
	export: exportCommand,
	score: scoreCommand,
	'seed-demo': seedDemoCommand,
	serve: serveCommand,
	user: userCommand,
	token: tokenCommand,
	round: roundCommand,
	framework: frameworkCommand
};

const USAGE = `Usage: himap <command> [options]

Commands:
  import <file>       validate and store a survey file (.csv or .xlsx)
  export <table>      write an export table (rates, respondents, provinces, …) as CSV or JSON
  score               score a round under a method and store the scores
  seed-demo           load the synthetic demo dataset
  serve               run the web app
  user add|list       create users (argon2id-hashed passwords) and list them
  token create        print a new API token for a user (shown once, stored hashed)
  round open|close|publish|list
                      move a survey round: open for submissions, closed, published
  framework list|add  list the frameworks scores can use; check and store one (a JSON file)
Run \`himap <command> --help\` for a command's options. Database: --db or DATABASE_URL
(default sqlite:data/himap.db; postgres://… also works).

Exit codes: 0 done; 1 invalid input (a survey file with errors: nothing was stored); 2 usage
error; 3 the database or the machine failed (unreachable, connection lost, disk full, read-only,
out of memory); 4 internal error (a bug: please report it). Each failure prints one line saying
what happened and what to do.`;

export async function run(argv: string[], io: CliIo): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		io.out(USAGE + '\n');
		return name ? EXIT.ok : EXIT.usage;
	}
	const command = COMMANDS[name];
	if (!command) {
		io.err(`himap: unknown command "${name}"; run himap --help\n`);
		return EXIT.usage;
	}
	if (args.includes('--help') || args.includes('-h')) {
		io.out(command.help + '\n');
		return EXIT.ok;
	}
	try {
		return await command.run(args, io);
	} catch (e) {
		// parseArgs throws TypeErrors with codes such as ERR_PARSE_ARGS_UNKNOWN_OPTION.
		const code = (e as { code?: string }).code ?? '';
		if (e instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
			io.err(`himap ${name}: ${(e as Error).message}; run himap ${name} --help\n`);
			return EXIT.usage;
		}
		return reportFailure(name, e, io);
	}
}
