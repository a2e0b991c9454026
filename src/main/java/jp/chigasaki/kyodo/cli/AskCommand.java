package jp.chigasaki.kyodo.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.DialoguePolicy;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;
import jp.chigasaki.kyodo.knowledge.KnowledgeProperties;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;
import jp.chigasaki.kyodo.matching.QuestionClassifier;

/**
 * {@code ask [--json] [--audience member|staff] [--faq DIR] [--intents DIR] [QUESTION]}: what the bot would reply.
 * Without QUESTION, one question per line of stdin and one reply per line out. Every question is asked in a new
 * conversation, so that a batch gives the same replies in any order.
 */
final class AskCommand implements Cli.Command {

	private static final Set<String> VALUED = Set.of("--audience", "--faq", "--intents");

	private final BiFunction<KnowledgeBase, MatchingProperties, QuestionClassifier> engine;
	private final Supplier<Settings> settings;

	/** The matching engine with the settings of this process ({@link Settings#ofProcess}). */
	AskCommand() {
		this(MatchingEngine::create, Settings::ofProcess);
	}

	/** @param engine builds the classifier over a knowledge snapshot; the settings are the shipped ones */
	AskCommand(Function<KnowledgeBase, QuestionClassifier> engine) {
		this((base, matching) -> engine.apply(base), Settings::shipped);
	}

	AskCommand(BiFunction<KnowledgeBase, MatchingProperties, QuestionClassifier> engine, Supplier<Settings> settings) {
		this.engine = engine;
		this.settings = settings;
	}

	@Override
	public int run(CommandLine line, InputStream in, PrintStream out, PrintStream err) {
		line.allow(Set.of("--json", "--audience", "--faq", "--intents"));
		Audience audience = audience(line.option("--audience", Audience.MEMBER.key()));
		List<String> words = line.positional(VALUED);
		Settings configured;
		Settings.Bound bound;
		try {
			configured = settings.get();
			bound = configured.bound();
		}
		catch (IllegalArgumentException ex) {
			err.println("ask: " + ex.getMessage());
			return 1;
		}
		configured.announce("ask", err);
		KnowledgeProperties where = bound.knowledge();
		KnowledgeBase base;
		try {
			base = KnowledgeBase.load(Path.of(line.option("--faq", where.faqDir().toString())),
					Path.of(line.option("--intents", where.intentsDir().toString())));
		}
		catch (KnowledgeException ex) {
			ex.problems().stream().map(KnowledgeProblem::toString).forEach(err::println);
			err.println(ex.problems().size() + " problem(s) found; run validate for details");
			return 1;
		}
		DialoguePolicy policy = new DialoguePolicy(() -> base, engine.apply(base, bound.matching()), bound.dialogue());
		AskOutput output = line.flag("--json") ? AskOutput.json(out) : AskOutput.readable(out);
		if (!words.isEmpty()) {
			String question = String.join(" ", words);
			output.print(question, policy.answer(question, audience, ConversationState.NEW));
			return 0;
		}
		try {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String question = reader.readLine(); question != null; question = reader.readLine()) {
				output.print(question, policy.answer(question, audience, ConversationState.NEW));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return 0;
	}

	private static Audience audience(String key) {
		try {
			return Audience.fromKey(key);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.UsageException(ex.getMessage());
		}
	}

	@Override
	public String usage() {
		return "ask [--json] [--audience member|staff] [--faq DIR] [--intents DIR] [QUESTION]"
				+ " (no QUESTION: one question per line from stdin)";
	}
}
