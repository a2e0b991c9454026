package jp.chigasaki.kyodo.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * The engine over one knowledge snapshot: weighted BM25 over FAQ entries and menu items, a naive Bayes intent
 * model, a logistic calibration of the retrieval features, and a second opinion (sentence embeddings) on uncertain
 * best candidates. Immutable once built, so safe to share.
 */
public final class LuceneClassifier {

	private static final Set<String> SOCIAL = Set.of(Intent.GREETING, Intent.THANKS, Intent.HELP_MENU,
			Intent.TALK_TO_HUMAN);

	/**
	 * A candidate at least this confident is never overruled by an intent (except a social one said in so many
	 * words). It was the answer threshold when this rule was measured; when the answer threshold rose to 0.9 for
	 * precision, an entry between 0.8 and 0.9 stays the first option of a clarify instead of giving way to an intent
	 * (blind-dev unchanged, within one tap on labelled-dev 0.877 → 0.886 and on the patterns 0.842 → 0.868).
	 */
	static final double STRONG_CANDIDATE = 0.8;

	/**
	 * A best candidate this far ahead of the next one (score over ceiling) is specific: the question names its topic,
	 * so the intents that would replace it by something else (out of scope, the menu of what is possible) are not
	 * taken from the intent model's probability alone, whose naive Bayes product saturates near 1 for any long
	 * message. The candidate keeps its own band (its confidence still carries the model's out-of-scope probability).
	 * The lead of the best candidate of an out-of-scope question on both dev splits stayed below 0.066.
	 */
	static final double SPECIFIC_MARGIN = 0.07;
	static final double SPECIFIC_TOP = 0.15;
	/** Share of a one-sentence question's words its best entry must contain for the lower answer threshold. */
	static final double DIRECT_COVERAGE = 2.0 / 3 - 1e-9;
	private static final Set<String> REPLACING = Set.of(Intent.OUT_OF_SCOPE, Intent.WHAT_IS_POSSIBLE, Intent.HELP_MENU);
	/**
	 * How many words that name a topic a question must have for its best entry containing all of them to keep an
	 * out-of-scope or menu guess from replacing it ({@link Understood#covered}). Measured (twenty-ninth pass): with
	 * two, one clarify of blind8-dev became its right answer and two menu replies of follow-ups became clarifies, no
	 * out-of-scope question was answered; with one, labelled-dev lost a right menu reply (a question of one topical
	 * word asking what is possible with the city).
	 */
	static final int COVERED_WORDS = 2;

	/**
	 * A best entry that contains less than this share of the question's words is never answered alone, however sure the
	 * calibration is: the question names the entry's topic in passing and asks about something else
	 * (「事前打ち合わせの会場までのバスの時刻表を教えて」「公園愛護会の会員の誕生日会のケーキを予約したい」), and a rare topic
	 * word with no close competitor gives a large margin. It is offered instead. Measured (thirteenth pass): two of 34
	 * made-up questions that name a topic in passing no longer answered; on the dev splits one right answer
	 * (blind3-dev) became a clarify with it first.
	 */
	static final double LEAST_ANSWERED_SHARE = 1.0 / 3;

	/**
	 * A best candidate at most this far ahead of the next one (score over ceiling) is tied with it: the engine cannot
	 * tell which of the two was meant (「さぽせん？」 matches the centre's access and hours entries equally), so however
	 * high the calibrated confidence (its margin term is then near zero, and the others say nothing of the runner-up),
	 * both are offered instead of one being answered. On the dev splits this turned two confident-wrong answers into
	 * clarifies and two right answers into clarifies whose first option is right.
	 */
	static final double TIE = 0.01;

	/**
	 * A request for the menu or for how the bot works is short (「メニュー」「使い方を教えて」「help」). A message with more
	 * words that name something is about those (「Our group wants to … Can the city help us?」, 「I would like to help local
	 * nonprofits …」), however much the word "help" pulls the intent model towards the menu; only a literal example
	 * still is the menu.
	 */
	static final int MENU_WORDS = 4;

	/** The share of an entry's own texts that hold a word of its subject ({@link #subject}). */
	static final double SUBJECT_SHARE = 0.6;

	/** The fewest texts (title and phrasings) an entry needs for its subject to be read from them. */
	static final int SUBJECT_TEXTS = 4;

	private final MatchingProperties properties;
	private final Analysis analysis;
	private final Retriever retriever;
	private final IntentRecognizer intents;
	/**
	 * Null when the agreement threshold is not below the answer threshold (1 switches it off): it could then never
	 * decide a band, so no model is loaded and nothing is embedded.
	 */
	private final SecondOpinion secondOpinion;
	/**
	 * Null when the phrasing-model threshold is not below the answer threshold, without a second opinion, or when the
	 * knowledge is too large ({@link PhrasingModel#MAX_RECORDS}).
	 */
	private final PhrasingModel phrasingModel;
	/**
	 * Each name the knowledge defines, by its words: a title or phrasing that only asks what something is (「サポセンって
	 * 何？」「協働とは何ですか」, {@link QuestionText#definedName}). A message of one of these names alone (「さぽせん？」
	 * 「げんき基金」) is asked as its definition question; see {@link #definitionAsked}.
	 */
	private final Map<Set<String>, String> definedNames;
	/** The fewest letters a typed name has to be read as part of a longer defined name ({@link #partOfOneName}). */
	private static final int PART_OF_NAME = 3;
	/**
	 * The one entry that defines each name, by the name's words (a name two entries define has none): asked what the name
	 * is, that entry answers, whichever entry says the name more often (「スタート支援とは」 → the entry that asks what it
	 * is, not the one asking whether it can be had twice, whose every text says スタート支援).
	 */
	private final Map<Set<String>, String> definers;
	/** The entries by id, for {@link #subject}. */
	private final Map<String, Entry> entriesById;
	/**
	 * Each entry's subject words ({@link #subject}), by id, read when first asked for: only follow-ups ask, and reading
	 * every entry's texts again when the index is built cost about a second more on 10,000 entries.
	 */
	private final Map<String, String> subjects = new ConcurrentHashMap<>();
	/**
	 * Each entry's words (title, phrasings, answer), by id, read when first asked for ({@link #says}): only a message
	 * naming a defined name asks, and only of the first few hits.
	 */
	private final Map<String, Set<String>> saidWords = new ConcurrentHashMap<>();
	/** Each FAQ entry's category, by id ({@link #namedFirst}). */
	private final Map<String, String> categories;
	/**
	 * The category of each defined name whose defining entries all share one (協働推進事業 and its two kinds, 行政提案型
	 * and 市民提案型, all 協働推進事業（廃止）), by the name's words ({@link #namedFirst}).
	 */
	private final Map<Set<String>, String> definedCategories;
	/** How deep below the first hit an entry saying the message's name is looked for ({@link #namedFirst}). */
	private static final int NAMED_DEPTH = 5;

	private LuceneClassifier(KnowledgeBase base, MatchingProperties properties) {
		this.properties = properties;
		MatchingProperties.Analysis options = properties.analysis();
		Analysis analysis = new Analysis(base, options);
		List<Entry> entries = Entry.of(base);
		this.analysis = analysis;
		this.retriever = new Retriever(new EntryIndex(entries, analysis, options),
				Map.of(Fields.QUESTION, options.questionWeight(), Fields.PHRASINGS, options.phrasingsWeight(),
						Fields.ANSWER, options.answerWeight(), Fields.TOPICS, options.topicsWeight(), Fields.READING,
						options.readingWeight(), Fields.NGRAM, options.ngramWeight(), Fields.ROMAJI,
						options.romajiWeight()), options.coverageWeight(), options.generalSynonymsWeight());
		if (options.generalSynonymsWeight() > 0) {
			// Read SudachiDict's dictionary now (once per JVM, about 0.8 s cold) rather than on the first question
			// with an unknown word, which would otherwise wait for it.
			GeneralSynonyms.get();
		}
		// One pass over the texts that ask what a name is: the name by its words, and which entries define it.
		Map<Set<String>, String> defined = new HashMap<>();
		Map<Set<String>, Set<String>> definedBy = new HashMap<>();
		for (Entry entry : entries) {
			Stream.concat(Stream.of(entry.title()), entry.phrasings().stream())
				.map(QuestionText::definedName)
				.filter(Objects::nonNull)
				.forEach(name -> {
					Set<String> words = words(name);
					if (!words.isEmpty()) {
						defined.putIfAbsent(words, name);
						definedBy.computeIfAbsent(words, w -> new HashSet<>()).add(entry.id());
					}
				});
		}
		this.definedNames = Map.copyOf(defined);
		this.definers = definedBy.entrySet().stream()
			.filter(named -> named.getValue().size() == 1)
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, named -> named.getValue().iterator().next()));
		this.categories = base.faqs().stream().filter(faq -> faq.category() != null)
			.collect(Collectors.toUnmodifiableMap(FaqEntry::id, FaqEntry::category, (first, other) -> first));
		this.definedCategories = definedBy.entrySet().stream()
			.filter(named -> named.getValue().stream().map(categories::get).distinct().count() == 1
					&& categories.containsKey(named.getValue().iterator().next()))
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					named -> categories.get(named.getValue().iterator().next())));
		this.entriesById = entries.stream().collect(Collectors.toUnmodifiableMap(Entry::id, entry -> entry,
				(first, other) -> first));
		this.intents = new IntentRecognizer(base, analysis);
		this.secondOpinion = properties.agreementThreshold() < properties.answerThreshold() ? SecondOpinion.load() : null;
		// It only ever decides a band together with the second opinion.
		this.phrasingModel = secondOpinion != null && properties.phrasingModelThreshold() < properties.answerThreshold()
				? PhrasingModel.of(entries, analysis, List.of(base.synonyms(), base.userDictionary(), options))
				: null;
	}

	/** The analyzer chain of the FAQ text fields (NFKC, Kuromoji, synonyms), for other features' own small indexes. */
	public org.apache.lucene.analysis.Analyzer textAnalyzer() {
		return analysis.analyzer();
	}

	public static LuceneClassifier build(KnowledgeBase base, MatchingProperties properties) {
		return new LuceneClassifier(base, properties);
	}

	public Classification classify(String question, Audience audience) {
		Understood understood = understand(question, audience, properties.maxCandidates() + 1);
		List<Candidate> candidates = candidates(understood);
		double confidence = candidates.isEmpty() ? 0 : candidates.get(0).confidence();
		// A confident FAQ match (市役所 代表番号) is not overruled by an intent model that has seen 市役所 in
		// out-of-scope examples; an utterance that is literally an intent example (メニュー) always is that intent.
		IntentRecognizer.Vote vote = understood.vote();
		double strong = Math.min(STRONG_CANDIDATE, properties.answerThreshold());
		boolean probable = !understood.wordless() && vote.confidence() >= properties.intentThreshold()
				&& vote.confidence() >= confidence
				&& confidence < strong
				&& !(REPLACING.contains(vote.intent()) && (understood.specific() || understood.covered()))
				&& !(Intent.HELP_MENU.equals(vote.intent()) && understood.topicalWords() > MENU_WORDS)
				// A best candidate as sure as an intent must be is not called out of scope on the model's word alone
				// when no word of the question is foreign to the knowledge (in out-of-scope examples and in no FAQ
				// text): 「子ども食堂やりたいんですけど、何から始めれば」 shares 食堂 and 始める with two examples and was
				// called out of scope at 0.97 over the children's office at 0.59. Dev miss lists unchanged (forty-first
				// pass); of the out-of-scope probe messages none changed.
				&& !(Intent.OUT_OF_SCOPE.equals(vote.intent()) && !vote.foreign()
						&& confidence >= properties.intentThreshold());
		// An intent never overrides a strong FAQ candidate, except the social ones said in so many words (ありがとう).
		boolean exact = vote.exact() && (confidence < strong || SOCIAL.contains(vote.intent()));
		String intent = exact || probable ? vote.intent() : null;
		// A message that is literally a social example (「使い方を教えて」) asks for that, not for an entry that
		// happens to share its words (the entry on how the plaza is used).
		// Nor is a message without a word that names a topic (「はい」「うん」「それ」「どこ？」): what matches it is a
		// filler in an answer (「はい、できます」) or a sound (the reading bigram ハイ), however high the calibration puts it.
		Band band = exact && SOCIAL.contains(intent) || understood.wordless() ? Band.LOW
				: band(intent, confidence, understood);
		return new Classification(intent, intent == null ? 0 : vote.confidence(), candidates, confidence, band,
				leads(candidates, understood));
	}

	/**
	 * Whether a best candidate scoring {@code top} (over the query's ceiling) with the next one at {@code next} is
	 * specific enough that an out-of-scope or what-is-possible guess does not replace it ({@link #SPECIFIC_MARGIN}).
	 */
	static boolean specific(double top, double next) {
		return top >= SPECIFIC_TOP && top - next >= SPECIFIC_MARGIN;
	}

	/** Whether a best candidate scoring {@code top} (over the query's ceiling) is tied with the next at {@code next}. */
	static boolean tied(double top, double next) {
		return top - next <= TIE;
	}

	private List<Candidate> candidates(Understood understood) {
		List<Candidate> candidates = new ArrayList<>();
		Retriever.Result result = understood.result();
		for (int rank = 0; rank < Math.min(result.hits().size(), properties.maxCandidates()); rank++) {
			Entry entry = result.hits().get(rank).entry();
			double confidence = understood.features(rank).confidence(properties.calibration());
			// Retrieval order stays (re-sorting by confidence measured worse on dev); a lower-ranked candidate is
			// never shown as more likely than one above it.
			confidence = rank == 0 ? confidence : Math.min(confidence, candidates.get(rank - 1).confidence());
			candidates.add(new Candidate(entry.id(), entry.title(), confidence));
		}
		return candidates;
	}

	/** Every entry ranked by retrieval score alone (no intents, no cut-off), for benchmark retrieval metrics. */
	public List<Candidate> rank(String question, int limit) {
		Retriever.Prepared prepared = retriever.prepare(analysed(question));
		Retriever.Result result = retriever.search(prepared, null, limit, false);
		List<Candidate> ranked = new ArrayList<>();
		for (int rank = 0; rank < result.hits().size(); rank++) {
			Entry entry = result.hits().get(rank).entry();
			ranked.add(new Candidate(entry.id(), entry.title(), result.normalised(rank)));
		}
		return ranked;
	}

	/** The word analyzer of the question fields (Kuromoji base forms, synonyms), for other features' text indexes. */
	public Analyzer analyzer() {
		return analysis.analyzer();
	}

	/** The best candidate's id and calibration features, for fitting the calibration; null id when nothing matches. */
	public Evidence evidence(String question, Audience audience) {
		Understood understood = understand(question, audience, 2);
		List<Retriever.Hit> hits = understood.result().hits();
		return new Evidence(hits.isEmpty() ? null : hits.get(0).entry().id(), understood.features(0).vector());
	}

	/** Fits the calibration's weights to evidence labelled "best candidate right" or not. */
	public static MatchingProperties.Calibration fit(List<double[]> features, List<Boolean> right) {
		return Features.calibration(LogisticFit.fit(features, right));
	}

	private Understood understand(String question, Audience audience, int limit) {
		String framed = framed(question);
		Analysed text = analysedFramed(framed);
		Retriever.Prepared prepared = retriever.prepare(text);
		// As many hits as are re-ranked anyway, so that a twin left out leaves room for the next topic.
		Retriever.Result all = namedFirst(text, definerFirst(framed, retriever.search(prepared,
				retriever.visibleTo(audience), Math.max(limit, Retriever.RERANK_DEPTH), true)));
		Retriever.Result result = withoutTwins(all, limit);
		// Whether the question names one record's topic is asked of every record, twins included: a question that
		// names a twin topic in passing (「事前打ち合わせの会場までのバスの時刻表」) matches both records, so an
		// out-of-scope guess may still replace them, as it could before twins were joined (docs/matching.md, "Twins").
		boolean specific = specific(all.normalised(0), all.normalised(1));
		// The second opinion compares the best record with the others as retrieved, twins included, as before twins
		// were joined. An embedding hardly tells a twin from its pair, so it seldom prefers either, and a twin topic
		// rarely reaches ANSWER by agreement. With the twin left out it did, and an out-of-scope question of the
		// labelled test split was answered (LabelledSetIntegrationTests, a total; docs/benchmarks.md, thirteenth pass).
		List<Entry> retrieved = all.hits().stream().limit(limit).map(Retriever.Hit::entry).toList();
		return new Understood(result, intents.vote(text), QuestionText.oneSentence(text.text()),
				prepared.topicalWords(), text, specific, retrieved);
	}

	/**
	 * A definition question (「Xとは」, as {@link #framed} asks 「Xって何？」 and "What is X?") with the entry that defines X
	 * first, when it is among the hits: it takes the first hit's place and evidence, the first hit takes its own.
	 */
	private Retriever.Result definerFirst(String framed, Retriever.Result result) {
		String name = QuestionText.nameAsked(framed);
		String definer = name == null ? null : definers.get(words(name));
		List<Retriever.Hit> hits = result.hits();
		int at = definer == null ? -1 : IntStream.range(0, hits.size())
			.filter(rank -> hits.get(rank).entry().id().equals(definer))
			.findFirst()
			.orElse(-1);
		if (at <= 0) {
			return result;
		}
		List<Retriever.Hit> swapped = new ArrayList<>(hits);
		Retriever.Hit first = hits.get(0);
		Retriever.Hit defining = hits.get(at);
		swapped.set(0, new Retriever.Hit(defining.entry(), first.score(), first.matched()));
		swapped.set(at, new Retriever.Hit(first.entry(), defining.score(), defining.matched()));
		return new Retriever.Result(swapped, result.ceiling(), result.known());
	}

	/**
	 * A message that names something the knowledge defines within one category (協働推進事業, defined by entries all filed
	 * under 協働推進事業（廃止）) is about it: when the first hit is of another category and says none of those names
	 * (title, phrasings or answer), and a hit of that category below it, among the first {@link #NAMED_DEPTH}, says one,
	 * that hit is put first with the first one's evidence and the first one second, tied with it: a clarify led by the
	 * entry of the named thing, never an answer on the swap alone.
	 * 「協働推進事業に応募したいです。今年の締め切りはいつですか？」 was the fund's deadline at 1.00 (its phrasings ask 今年の
	 * 締め切り and 応募 without the fund's name), and so said nothing of the abolished scheme.
	 */
	private Retriever.Result namedFirst(Analysed text, Retriever.Result result) {
		List<Retriever.Hit> hits = result.hits();
		if (hits.size() < 2) {
			return result;
		}
		Set<String> terms = Set.copyOf(text.terms(Fields.QUESTION));
		// Only a name whose defining entries share a category, and only against a first hit of another category: a name
		// that is its category's umbrella is not repeated by the category's entries (「げんき基金って一回もらったらもう次は
		// 出せないの？」 is the start support's once-only entry, which says スタート支援), and a name of no category says
		// nothing of one.
		List<Set<String>> named = definedCategories.keySet().stream().filter(terms::containsAll).toList();
		Entry top = hits.get(0).entry();
		if (named.isEmpty() || says(top, named)) {
			return result;
		}
		Set<String> kinds = named.stream().map(definedCategories::get).collect(Collectors.toSet());
		if (kinds.contains(categories.get(top.id()))) {
			return result;
		}
		int at = IntStream.range(1, Math.min(hits.size(), NAMED_DEPTH))
			.filter(rank -> kinds.contains(categories.get(hits.get(rank).entry().id()))
					&& says(hits.get(rank).entry(), named))
			.findFirst()
			.orElse(-1);
		if (at < 0) {
			return result;
		}
		// A swap by name is a guess: the two are left tied (the first hit's evidence for both), so the message is offered
		// the named category's entry first and never answered on the swap alone. Answered with the first hit's evidence,
		// the swap made confident answers of entries the message did not ask for (measured: docs/benchmarks.md,
		// thirty-fourth pass).
		List<Retriever.Hit> swapped = new ArrayList<>(hits);
		Retriever.Hit first = hits.get(0);
		Retriever.Hit naming = hits.get(at);
		swapped.remove(at);
		swapped.set(0, new Retriever.Hit(naming.entry(), first.score(), first.matched()));
		swapped.add(1, first);
		return new Retriever.Result(swapped, result.ceiling(), result.known());
	}

	/** Whether an entry's texts (title, phrasings, answer) say one of the names, each by all its words. */
	private boolean says(Entry entry, List<Set<String>> names) {
		Set<String> said = saidWords.computeIfAbsent(entry.id(), id -> Stream
			.concat(Stream.of(entry.title(), entry.answer()), entry.phrasings().stream())
			.filter(Objects::nonNull)
			.flatMap(text -> words(text).stream())
			.collect(Collectors.toUnmodifiableSet()));
		return names.stream().anyMatch(said::containsAll);
	}

	/**
	 * The hits without a record whose twin (the menu item and the FAQ entry of one topic, {@code same-as}) ranks above
	 * it, at most {@code limit}. The two say the same thing from two sides (the menu's 共催 and 「共催とは何ですか？」),
	 * so they never compete: the margin, the tie and the clarify options are measured against the next other topic,
	 * and a clarify never offers both. Retrieval metrics ({@link #rank}) keep every record.
	 */
	static Retriever.Result withoutTwins(Retriever.Result result, int limit) {
		Set<String> above = new HashSet<>();
		List<Retriever.Hit> kept = new ArrayList<>();
		for (Retriever.Hit hit : result.hits()) {
			if (kept.size() == limit) {
				break;
			}
			if (hit.entry().twin() == null || !above.contains(hit.entry().twin())) {
				kept.add(hit);
			}
			above.add(hit.entry().id());
		}
		return new Retriever.Result(kept, result.ceiling(), result.known());
	}

	/** The question as the word fields read it: cleaned, romaji written in kana. */
	private Analysed analysed(String question) {
		return analysedFramed(framed(question));
	}

	/** A question already {@link #framed} as the word fields read it: without unknown names, romaji written in kana. */
	private Analysed analysedFramed(String framed) {
		return new Analysed(analysis, Romaji.asKana(withoutUnknownNames(framed), analysis::term));
	}

	/**
	 * The question without the names of places and people that no entry knows (「浜見平の近くの公園で」「南湖で自治会長を
	 * しております」「田中と申します」): where and who the asker is says nothing of the topic, and an unknown word lowers
	 * every candidate's share of the question and raises the out-of-scope guess, as an unknown topic (住民票) should.
	 * A name the knowledge has (茅ヶ崎, 藤沢 where an entry speaks of it) stays.
	 */
	String withoutUnknownNames(String question) {
		String without = question;
		for (String name : analysis.kanjiNames(question)) {
			Set<String> words = words(name);
			if (!words.isEmpty() && words.stream().noneMatch(retriever::knows)) {
				without = without.replace(name, " ");
			}
		}
		return without;
	}

	/** The question cleaned, an English "What is X?" asked as 「Xとは何ですか」. */
	private String framed(String question) {
		return QuestionText.framed(QuestionText.clean(question, properties.maxQuestionChars()), analysis::term);
	}

	/**
	 * 「Xとは」 for a whole message that is one name the knowledge defines alone (「さぽせん？」「げんき基金」「協働って？」),
	 * the message itself otherwise. A bare name matched every entry about the centre or the fund nearly equally (hours,
	 * access, services), and the reply was a clarify of three; the definition is what a name alone asks. Only a name
	 * some entry defines: 「ボランティア」 or 「保険」 alone stay as typed. A part of one defined name is read as that name
	 * ({@link #partOfOneName}): alone as its definition, with は (「ステップアップは？」) as the whole name with は.
	 */
	public String definitionAsked(String message) {
		String cleaned = QuestionText.clean(message, properties.maxQuestionChars());
		// A definition question already (「サポセンってなんですか」) is framed by the engine itself.
		String about = QuestionText.aboutName(cleaned);
		String name = QuestionText.definedName(cleaned) != null ? null
				: about != null ? about
				: Optional.ofNullable(QuestionText.nameIsWhat(cleaned)).orElseGet(() -> QuestionText.bareName(cleaned));
		Set<String> asked = name == null ? Set.of() : nameWords(name);
		String defined = asked.isEmpty() ? null : definedNames.getOrDefault(asked, partOfOneName(name));
		if (defined != null) {
			return QuestionText.asked(defined);
		}
		String same = sameWordToldApart(cleaned);
		if (same != null) {
			return QuestionText.asked(same);
		}
		// 「ステップアップは？」 (after the start support's limit) asks the same of the step-up support: the part of the name
		// is completed, the question left as it is. Read as typed it was the step-up entry for groups founded a year ago.
		String part = name == null ? QuestionText.nameThenWhat(cleaned) : null;
		String whole = part == null ? null : partOfOneName(part);
		return whole != null ? whole + "は？" : message;
	}

	/**
	 * The name the knowledge defines that a message tells apart from a word read as the same (「協働と共同は違うの？」:
	 * 共同 is a spelling of 協働 to the synonyms), or null. Read as a comparison, the two were one word and the message
	 * matched the difference between 協働 and 委託 at 0.96; a word told apart from itself asks what it means.
	 */
	private String sameWordToldApart(String cleaned) {
		List<String> pair = QuestionText.pairToldApart(cleaned);
		if (pair.isEmpty()) {
			return null;
		}
		Set<String> words = nameWords(pair.get(0));
		return words.isEmpty() || !words.equals(words(pair.get(1))) ? null : definedNames.get(words);
	}

	/**
	 * The words of a typed name, as the names the knowledge defines are keyed; empty when the text is more than words
	 * (「共催ってできる」 reads as the words of 共催 too, but asks whether one can).
	 */
	private Set<String> nameWords(String name) {
		Analysed words = new Analysed(analysis, name);
		return words.wordsOnly() ? Set.copyOf(words.terms(Fields.QUESTION)) : Set.of();
	}

	/**
	 * The name a typed name is part of, when every name the knowledge defines that holds it (letter for letter, kana of
	 * either kind alike) is defined by one and the same entry: 「ステップアップ」 of 市民活動ステップアップ支援, which alone
	 * read as the entry on step-up support for groups founded a year ago, whose texts say ステップアップ more often. The
	 * shortest such name, or null; never for fewer than {@link #PART_OF_NAME} letters.
	 */
	private String partOfOneName(String typed) {
		String part = KanaSpelling.katakanaOf(typed.strip());
		if (part.length() < PART_OF_NAME) {
			return null;
		}
		List<Map.Entry<Set<String>, String>> holding = definedNames.entrySet().stream()
			.filter(named -> named.getValue().length() > part.length()
					&& KanaSpelling.katakanaOf(named.getValue()).contains(part))
			.sorted(Comparator.comparingInt(named -> named.getValue().length()))
			.toList();
		Set<String> by = holding.stream().map(named -> definers.getOrDefault(named.getKey(), "")).collect(Collectors.toSet());
		return by.size() == 1 && !by.contains("") ? holding.get(0).getValue() : null;
	}

	/**
	 * What an entry is about: the words of its title that at least {@link #SUBJECT_SHARE} of its own texts (title and
	 * phrasings, at least {@link #SUBJECT_TEXTS} of them) hold, in the title's order, as the word field reads them.
	 * Where no word is held so widely, the name the entry defines (「公園愛護会ってなに？」), if the title holds its words:
	 * the texts of 公園愛護会 say 公園 (公園の草取り) more often than the one word 公園愛護会.
	 */
	public Optional<String> subject(String faqId) {
		Entry entry = faqId == null ? null : entriesById.get(faqId);
		return entry == null ? Optional.empty()
				: Optional.of(subjects.computeIfAbsent(faqId, id -> subjectOf(entry))).filter(words -> !words.isEmpty());
	}

	private String subjectOf(Entry entry) {
		if (1 + entry.phrasings().size() < SUBJECT_TEXTS) {
			return "";
		}
		List<String> title = new Analysed(analysis, entry.title()).terms(Fields.QUESTION);
		List<Set<String>> texts = Stream.concat(Stream.of(Set.copyOf(title)), entry.phrasings().stream().map(this::words))
			.toList();
		String held = title.stream()
			.distinct()
			.filter(word -> texts.stream().filter(text -> text.contains(word)).count() >= SUBJECT_SHARE * texts.size())
			.collect(Collectors.joining(" "));
		if (!held.isEmpty()) {
			return held;
		}
		return Stream.concat(Stream.of(entry.title()), entry.phrasings().stream())
			.map(QuestionText::definedName)
			.filter(Objects::nonNull)
			.map(name -> new Analysed(analysis, name).terms(Fields.QUESTION))
			.filter(words -> !words.isEmpty() && title.containsAll(words))
			.findFirst()
			.map(words -> String.join(" ", words))
			.orElse("");
	}

	/** The distinct words of a text as the question field reads them (「NPO法人」: npo, 法人). */
	public Set<String> words(String text) {
		return Set.copyOf(new Analysed(analysis, text).terms(Fields.QUESTION));
	}

	/** LOW, CLARIFY or ANSWER by confidence; a best candidate tied with the next one is never answered alone. */
	private Band band(String intent, double confidence, Understood understood) {
		if (Intent.OUT_OF_SCOPE.equals(intent) || confidence < properties.clarifyThreshold()) {
			return Band.LOW;
		}
		double answer = understood.direct()
				? Math.min(properties.answerThreshold(), properties.oneSentenceAnswerThreshold())
				: properties.answerThreshold();
		// (A message typed in romaji was capped at CLARIFY until kana spelling was on: its kana words such as しんさ were
		// not spelled, and what was left could match one entry strongly for the wrong reason. docs/matching.md.)
		if (understood.tied() || understood.inPassing()) {
			return Band.CLARIFY;
		}
		return confidence >= answer || confidence >= properties.agreementThreshold() && agrees(understood)
				|| readersAgree(confidence, understood) ? Band.ANSWER : Band.CLARIFY;
	}

	/**
	 * Whether the best candidate is at least {@code lead-threshold} confident and leads the next one by {@code lead}
	 * in calibrated confidence. Below the answer threshold such a candidate was right 0.86 of the time on the nine
	 * blind dev splits, where the confidence alone says less (0.66 to 0.76 between 0.5 and 0.8): the next candidate's
	 * own confidence measures the competition that the best one's features only estimate. Never for a tie, a topic
	 * named in passing or a message without a topical word. docs/matching.md, twenty-first pass.
	 */
	private boolean leads(List<Candidate> candidates, Understood understood) {
		if (candidates.isEmpty() || understood.tied() || understood.inPassing() || understood.wordless()) {
			return false;
		}
		double best = candidates.get(0).confidence();
		double next = candidates.size() > 1 ? candidates.get(1).confidence() : 0;
		return best >= properties.leadThreshold() && best - next >= properties.lead();
	}

	/**
	 * Whether a one-sentence question's best candidate, at least {@code phrasing-model-threshold} confident, is also
	 * the first choice of both other readers: the phrasing model (which words tell the records' phrasings apart) and
	 * the second opinion (sentence embeddings). Each alone is weaker than the engine, but their errors are not the
	 * engine's nor each other's (docs/matching.md, seventeenth pass). In a message of several sentences each reader
	 * can take a different sentence's topic, and there the three agreed on wrong entries too often.
	 */
	private boolean readersAgree(double confidence, Understood understood) {
		// At or above the agreement threshold the second opinion has been asked already, and did not prefer it.
		return phrasingModel != null && understood.oneSentence() && !understood.result().hits().isEmpty()
				&& confidence >= properties.phrasingModelThreshold() && confidence < properties.agreementThreshold()
				&& phrasingModel.firstChoice(understood.text(), understood.result().hits().get(0).entry())
				&& agrees(understood);
	}

	/** Whether the second opinion prefers the best candidate to the others (embeds the question: a few ms). */
	private boolean agrees(Understood understood) {
		return secondOpinion != null && secondOpinion.prefersFirst(understood.text().text(), understood.retrieved());
	}

	/**
	 * @param oneSentence the question is one sentence (the band's answer threshold depends on it)
	 * @param topicalWords how many of the question's words name a topic (0: particles, fillers, interrogatives only)
	 * @param text the question as analysed (cleaned and cut, romaji read in kana), for the second opinion and the
	 *        phrasing model
	 * @param specific the best record leads the next one, twins included ({@link #SPECIFIC_MARGIN})
	 * @param retrieved the records as retrieved, twins included, for the second opinion
	 */
	private record Understood(Retriever.Result result, IntentRecognizer.Vote vote, boolean oneSentence,
			int topicalWords, Analysed text, boolean specific, List<Entry> retrieved) {

		/** No word of the question names a topic (particles, fillers, interrogatives only). */
		boolean wordless() {
			return topicalWords == 0;
		}

		/**
		 * A direct question: one sentence, and the best entry contains at least {@link #DIRECT_COVERAGE} of its words.
		 * Such questions get the lower answer threshold ({@code one-sentence-answer-threshold}).
		 */
		boolean direct() {
			return oneSentence && !result.hits().isEmpty() && result.hits().get(0).matched() >= DIRECT_COVERAGE;
		}

		/**
		 * The best entry contains every word of the question, and at least {@link #COVERED_WORDS} of them name a
		 * topic: the question is about that entry's subject, whatever the intent model makes of its ending (an
		 * out-of-scope or menu guess does not replace it; see {@link #REPLACING}).
		 */
		boolean covered() {
			return topicalWords >= COVERED_WORDS && !result.hits().isEmpty()
					&& result.hits().get(0).matched() >= 1 - 1e-9;
		}

		/** The best entry contains under {@link #LEAST_ANSWERED_SHARE} of the question's words. */
		boolean inPassing() {
			return !result.hits().isEmpty() && result.hits().get(0).matched() < LEAST_ANSWERED_SHARE;
		}

		boolean tied() {
			return result.hits().size() > 1 && LuceneClassifier.tied(result.normalised(0), result.normalised(1));
		}

		Features features(int rank) {
			double score = result.normalised(rank);
			double other = rank == 0 ? result.normalised(1) : result.normalised(0);
			// In ceiling units, not relative to the score: a weak best hit barely ahead of weaker ones is no sign.
			double margin = score - other;
			double matched = rank < result.hits().size() ? result.hits().get(rank).matched() : 0;
			return new Features(score, margin, matched, result.known(), vote.outOfScope());
		}
	}

	/** @param features top, margin, matched, known, out-of-scope, in the calibration's order */
	public record Evidence(String bestId, double[] features) {
	}
}
