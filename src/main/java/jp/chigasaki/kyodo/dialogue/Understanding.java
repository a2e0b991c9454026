package jp.chigasaki.kyodo.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.QuestionClassifier;

/**
 * Asking the engine about what a message really asks: a follow-up leaning on the last answer, each of two questions
 * in one message, and the message without its social words (see {@link Message}).
 */
final class Understanding {

	/** How sure the engine must be of the whole message for one sure part of it to be answered alone. */
	private static final double AGREES = 0.5;

	/** How sure the engine must be of a message's one asking sentence to answer it without the telling ones. */
	private static final double ALONE_SURE = 0.9;

	/** Among how many of the whole message's best entries the first part's sure entry must be. */
	private static final int FIRST_PART_AGREES = 3;

	/**
	 * What one word means, asked bare (「きょうどうってなに？」「共同ってどういう意味ですか？」): a word of at most twelve letters
	 * without の or quotation marks, then って or とは and 何, なに, なん, どういう意味 or どんな意味. The engine answers such a
	 * sentence alone below {@link #ALONE_SURE} (「協働ってどういう意味？」 0.82), and what it asks cannot depend on the
	 * other sentences; a phrase (「市民活動の「後援」ってなんですか？」) asks about one aspect, and the whole message decides.
	 */
	static final Pattern BARE_MEANING = Pattern.compile("[^\\s、。,.の「」『』\"'？?]{1,12}(?:って|とは)"
			+ "(?:何|なに|なん|どういう意味|どんな意味)(?:ですか|でしょうか|なの|なん|だろう)?[？?。!！\\s]*");

	/**
	 * What the intent model may read an aspect alone as, which the last topic overrules: 「ネットでできる？」 after the
	 * booking entry was the menu of what groups can do with the city (できる), 「何時まで開いてる？」 out of scope.
	 */
	private static final Set<String> ASPECT_INTENTS = Set.of(Intent.OUT_OF_SCOPE, Intent.WHAT_IS_POSSIBLE, Intent.HELP_MENU);

	/** A name and nothing else (「サポセン？」「推進課?」): no hiragana, only a question mark or stop after it. */
	private static final Pattern NAME_ALONE = Pattern.compile("[^\\p{IsHiragana}]+[？?。!！\\s]*");

	private final QuestionClassifier classifier;

	Understanding(QuestionClassifier classifier) {
		this.classifier = classifier;
	}

	/** The context of {@code base} (knowledge, audience, state) with the engine's reading of {@code question}. */
	Context asked(Context base, String question) {
		return read(base, question, question);
	}

	/**
	 * The context of a whole message: its content with the engine's reading of it, a message of one sentence that only
	 * names something the knowledge defines (「さぽせん？」「げんき基金」) read as the definition question
	 * ({@link QuestionClassifier#definitionAsked}).
	 */
	Context askedWhole(Context base, Message message) {
		String content = message.content();
		return message.questions().size() == 1 ? askedAlone(base, content) : asked(base, content);
	}

	/**
	 * The context of {@code text}, a whole message of one sentence, with the engine's reading of it: a name the
	 * knowledge defines alone read as its definition question ({@link QuestionClassifier#definitionAsked}).
	 */
	private Context askedAlone(Context base, String text) {
		return read(base, text, classifier.definitionAsked(text));
	}

	/** The context of {@code question}, with the engine's reading of {@code read} (the question as the engine asks it). */
	private Context read(Context base, String question, String read) {
		return base.asking(question, classifier.classify(read, base.audience()));
	}

	/**
	 * 「それの締め切りは？」「電話番号は？」 after an answer: a short message the engine is not sure of on its own is asked
	 * again with the last entry's topic in front; a request for a phone number gets the last department's card.
	 */
	Optional<Reply> followUp(Context blank) {
		String question = blank.question();
		boolean whichOffice = FollowUps.onlyAsksWhichOffice(FollowUps.withoutPointer(question));
		// 「それは何課？」「どこの課？」 right after options: the offices of the options offered, whatever was answered before.
		if (!blank.state().offered().isEmpty() && whichOffice) {
			Optional<Reply> offices = ConsultReplies.officesOfOffered(blank);
			if (offices.isPresent()) {
				return offices;
			}
		}
		// Right after a clarify, its options are what the conversation is about, more than the answer before them. The
		// message read alone is read once, for that and for the rest below.
		Optional<String> category = offeredCategory(blank);
		Context alone = category.isPresent() ? askedAlone(blank, question) : null;
		Optional<Reply> offered = category.flatMap(named -> afterClarify(blank, alone, named))
			.or(() -> category.isPresent() ? Optional.empty() : aspectOfFirstOffered(blank));
		if (offered.isPresent() || !FollowUps.mayFollow(question, blank.state())) {
			return offered;
		}
		// 「こども政策課の電話番号」 after another department's card names its own office: no follow-up of the last one.
		Optional<String> office = ContactLookup.named(blank, SafeText.fold(question)).map(Department::id);
		if (office.filter(named -> !named.equals(blank.state().lastDepartmentId())).isPresent()) {
			return Optional.empty();
		}
		// Nothing but a request for the phone, floor or place, or for more detail: about the last department and answer,
		// whatever the engine or the intents would read into it alone (「じゃあ場所は？」 sounds out of scope), so the
		// engine is not asked.
		Optional<Reply> bare = FollowUps.onlyAsksContact(question) ? FollowUps.card(blank)
				: whichOffice ? FollowUps.card(blank).map(card -> card.withIntent(Intent.WHO_TO_CONSULT))
				: FollowUps.onlyAsksMore(question) ? FollowUps.more(blank)
				: FollowUps.onlyAsksConfirmation(question) ? FollowUps.confirmation(blank) : Optional.empty();
		if (bare.isPresent()) {
			return bare;
		}
		// 「市の人と会って話せるってこと？」 after the pre-meeting: the last answer said back to be confirmed, the last entry
		// again when read with its topic in front it is surely that; alone it was the menu's places to meet at 0.98.
		if (FollowUps.restates(question) && blank.state().lastFaqId() != null) {
			Optional<Reply> again = lastAgain(blank, blank.state().lastFaqId());
			if (again.isPresent()) {
				return again;
			}
		}
		// 「出典は？」「この情報いつの時点のもの？」: the last answer's sources, with their dates (read alone, the second was
		// the fund's founding date); 「もう一回言って」: the last answer again (the start support's once-only rule).
		if (FollowUps.asksSource(question) && blank.state().lastFaqId() != null) {
			Optional<Reply> cited = EntryReplies.sourcesOf(blank, blank.state().lastFaqId());
			if (cited.isPresent()) {
				return cited;
			}
		}
		// 「去年は？」 after the fund's deadline: the same question of another year, which the last entry answers as far as
		// anything does.
		if ((FollowUps.onlyShiftsTime(question) || FollowUps.asksAgain(question)) && blank.state().lastFaqId() != null) {
			Optional<Reply> again = EntryReplies.byId(blank, blank.state().lastFaqId(), 1);
			if (again.isPresent()) {
				return again;
			}
		}
		Optional<Reply> picked = FollowUps.picked(blank).flatMap(id -> EntryReplies.byId(blank, id, 1));
		if (picked.isPresent()) {
			return picked;
		}
		// 「補助は？」 after the difference of 協働 and 委託 asks for the next difference, if the knowledge has it.
		Optional<Reply> compared = FollowUps.comparedInTurn(blank).map(text -> asked(blank, text))
			.filter(context -> sureAnswer(context)
					&& !context.candidates().get(0).faqId().equals(blank.state().lastFaqId())
					&& context.visibleFaq(context.candidates().get(0).faqId()).filter(FollowUps::compares).isPresent())
			.flatMap(EntryReplies::best);
		if (compared.isPresent()) {
			return compared;
		}
		// A name alone (「げんき基金」) is its definition here too: read as typed it was unsure, and with the last topic in
		// front it became an entry of that topic.
		Context own = alone != null ? alone : askedAlone(blank, question);
		boolean strays = own.classification().band() == Band.ANSWER && FollowUps.strays(own);
		// An aspect alone (「料金は？」「何時まで開いてる？」) is about the last topic, whatever it reads as alone.
		// 「何時まであいてる？今日21時くらいにいきたい」: the asking sentence is an aspect alone, the other one only tells.
		// 「市のやつ」 after the council's insurance picks one thing the answer spoke of: about the last topic too.
		boolean facet = FollowUps.onlyAsksFacet(question) || FollowUps.picksOne(question)
				|| Message.of(question).loneAsking().filter(FollowUps::onlyAsksFacet).isPresent();
		// The intent model's request for a person where the message names none (「市の人に来てもらえたりする？」 asks
		// whether someone comes) is no intent here either, by the policy's own rule: the message follows the last topic.
		String intent = DialoguePolicy.withoutUnfoundedHandoff(own).classification().intent();
		String ownTop = own.candidates().isEmpty() ? null : own.candidates().get(0).faqId();
		String lastFaq = own.state().lastFaqId();
		// 「委員は公募で選ばれているんですか？」 after the committee's entry reads alone as the fund's screening, an entry
		// related to it: asked with the committee in front it is the committee again, which it could mean alone too.
		// 「料金は？」 after the centre's rooms reads alone, surely, as the centre's printing (related to the rooms, so not
		// astray), whose price it states: an aspect alone asks nothing of a thing the conversation never named (印刷), so
		// it is read with the last topic like any aspect alone.
		boolean ownElsewhere = facet && own.classification().band() == Band.ANSWER && ownTop != null && lastFaq != null
				&& !ownTop.equals(lastFaq) && elsewhere(own, ownTop, lastFaq);
		boolean beside = own.classification().band() == Band.ANSWER && !strays && !ownElsewhere && lastFaq != null
				&& ownTop != null
				&& !ownTop.equals(lastFaq) && own.candidates().stream().anyMatch(c -> c.faqId().equals(lastFaq))
				&& !FollowUps.refers(question) && intent == null
				// What a thing is, asked by its name (「ミライトークってなんですか」 after the menu's places to meet, which names
				// the talk and has that phrasing too), is the thing's own entry: it was the menu item again.
				&& !DialoguePolicy.asksMeaning(question)
				// 「事務局はどこの課になりますか？」 asks for an office: a contact entry read alone is the answer.
				&& own.visibleFaq(ownTop).filter(faq -> ConsultReplies.CONTACTS.equals(faq.category())).isEmpty();
		if (beside) {
			return lastAgain(blank, lastFaq);
		}
		// 「行き帰りの途中の事故の場合は？」 after the insurance's cover: a case asked of the last matter, read alone as out of
		// scope although its own best entry is near the last answer (the insurance's procedure): the case decides, as
		// with any case asked of it. 「住民票の場合は？」 reads alone as something else and stays out of scope.
		boolean caseOfLast = Intent.OUT_OF_SCOPE.equals(intent) && lastFaq != null && ownTop != null
				&& FollowUps.asksScope(question) && FollowUps.near(own, lastFaq, ownTop);
		if (own.classification().band() == Band.ANSWER && !FollowUps.refers(question) && !strays && !ownElsewhere
				|| intent != null && !Intent.WHO_TO_CONSULT.equals(intent) && !(facet && ASPECT_INTENTS.contains(intent))
						&& !caseOfLast) {
			return Optional.empty();
		}
		// 「保険のことも聞きたいです」 after the local community ordinance: unsure alone only of which entry on insurance it
		// asks, the message has a topic of its own; with the ordinance in front it read as the ordinance at 0.99.
		if (!facet && !FollowUps.refers(question) && !FollowUps.asksScope(question) && lastFaq != null
				&& ownTopicElsewhere(own, lastFaq)) {
			return Optional.empty();
		}
		Optional<Reply> contact = strays ? FollowUps.strayContact(own) : FollowUps.contact(own);
		if (contact.isPresent()) {
			return contact;
		}
		String last = own.state().lastFaqId();
		return FollowUps.withTopic(own, last == null ? Optional.empty() : classifier.subject(last)).flatMap(text -> {
			Context context = asked(blank, text);
			// A message that strayed is brought back to the last topic only by an entry near the last answer that the
			// message could mean on its own too (one of its own candidates): with the category in front, "What is the
			// Genki Kikin?" after the endorsement entry read as the entry on the forms of collaboration (協働の形態),
			// the category's own words being all that matched.
			String top = context.candidates().isEmpty() ? null : context.candidates().get(0).faqId();
			// An aspect alone names nothing of its own to check the reading against: the last topic is all it is about.
			// 「スポーツだとダメなん？」 after the insurance asks whether the last matter holds in that case: an entry near
			// it is the answer, although alone the message read as the sports facilities' registration.
			boolean near = top != null && own.state().lastFaqId() != null
					&& FollowUps.near(context, own.state().lastFaqId(), top);
			// A message sure of another entry alone is brought back only by a reading at least as sure: 「いまは市と協働する
			// にはどうすれば？」 after why the old scheme ended is the ways of working now (0.94 alone), not the old scheme's
			// projects (0.83 with it in front).
			boolean sure = sureAnswer(context) && (!strays || facet || near
					&& context.classification().confidence() >= own.classification().confidence()
					&& (FollowUps.asksScope(question)
							|| own.candidates().stream().anyMatch(candidate -> candidate.faqId().equals(top))
									&& !DialoguePolicy.asksMeaning(question)));
			// Where to take the matter just read (「どこに出せばいい？」) is not answered by that entry again: its office is.
			// Nor is a question for an office (「事務局はどこの課になりますか？」 after the committee's entry).
			boolean again = top != null && last != null && FollowUps.sameTopic(context, top, last)
					&& (FollowUps.onlyAsksWhereTo(question) || Intent.WHO_TO_CONSULT.equals(intent));
			// An aspect alone led by an entry on something neither it nor the last answer names.
			boolean aside = facet && last != null && top != null && !top.equals(last) && elsewhere(own, top, last);
			if (sure && !again && aside) {
				// 「いくら？」 after the centre's rooms read with the centre in front as its printing, whose price it
				// states: an aspect alone asks nothing of a thing the conversation never named. The last entry is the
				// answer (the rooms' one says their fees are not known).
				return EntryReplies.byId(blank, last, context.classification().confidence());
			}
			if (sure && !again) {
				return EntryReplies.best(context);
			}
			if (sure && Intent.WHO_TO_CONSULT.equals(intent)) {
				return FollowUps.card(blank).map(card -> card.withIntent(Intent.WHO_TO_CONSULT));
			}
			// An aspect alone that the reading with the last topic is unsure of is still about that topic: its candidates
			// are offered, not what the message reads as alone (「参加費は？」 after the Mirai Talk was the fund's
			// eligibility).
			// A case asked of the last matter (「試合でけがした場合は？」 after the insurance) is offered the entries near it
			// even when the reading is weak: the case's own words (ソフトボール大会) are nothing the knowledge knows.
			Band band = context.classification().band();
			// Unsure with the last topic in front but led by the last entry itself, an aspect alone is asked of it:
			// 「締め切りは？」 after the endorsement's entry, read as 「後援の締め切りは？」, ties that entry (which says the
			// deadline is not known) with the fund's deadline, a thing the conversation never named.
			if (!again && facet && band == Band.CLARIFY && top != null && top.equals(last)) {
				return EntryReplies.byId(blank, last, context.classification().confidence());
			}
			boolean offer = !again && (facet && band == Band.CLARIFY
					|| near && FollowUps.asksScope(question) && band != Band.ANSWER);
			if (offer && aside) {
				// 「次はいつ？」 after the field presentations, unsure with them in front, was led by the next Mirai Talk,
				// a thing the conversation never named: the last entry is offered first.
				return ClarifyReplies.offer(withFirst(context, last));
			}
			return offer ? ClarifyReplies.offer(context) : Optional.<Reply>empty();
		}).or(() -> FollowUps.onlyAsksWhereTo(question) ? FollowUps.card(blank) : Optional.empty());
	}

	/** The last entry again, when the message read with that entry's topic in front is surely it; empty otherwise. */
	private Optional<Reply> lastAgain(Context blank, String last) {
		return FollowUps.withTopic(blank, last, classifier.subject(last)).map(text -> asked(blank, text))
			.filter(context -> sureAnswer(context) && context.candidates().get(0).faqId().equals(last))
			.flatMap(EntryReplies::best);
	}

	/**
	 * Whether a message unsure alone is sure of its topic: its options (three at least) are all of one category, which
	 * is not the last answer's.
	 */
	private static boolean ownTopicElsewhere(Context own, String last) {
		if (own.classification().band() != Band.CLARIFY || own.classification().intent() != null
				|| own.candidates().size() < 3) {
			return false;
		}
		Set<String> categories = own.candidates().stream().limit(3)
			.map(candidate -> own.visibleFaq(candidate.faqId()).map(FaqEntry::category).orElse(""))
			.collect(Collectors.toSet());
		String category = categories.size() == 1 ? categories.iterator().next() : "";
		return !category.isEmpty() && !own.visibleFaq(last).map(FaqEntry::category).orElse("").equals(category);
	}

	/**
	 * Whether entry {@code id} is about something that neither the message of {@code context} nor the last entry
	 * ({@code last}) names ({@link FollowUps#elsewhere}), words compared as the engine reads them.
	 */
	private boolean elsewhere(Context context, String id, String last) {
		return FollowUps.elsewhere(subjectOrTitleNouns(context, id), context.question(), context.visibleFaq(last),
				classifier::words);
	}

	/** Words written in kanji or katakana only, two letters or more: the nouns of a title (スポーツ, 施設, 団体). */
	private static final Pattern NOUN = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]{2,}");

	/**
	 * An entry's subject words, or, for an entry whose texts share no subject (the sports facilities' registration:
	 * 「市のスポーツ施設を団体で使うための登録は…」), the nouns of its title as the engine reads them. Without them such an
	 * entry was never elsewhere: 「登録は何人から？」 after the 公民館 stayed the sports facilities' registration at 0.99.
	 */
	private Optional<String> subjectOrTitleNouns(Context context, String id) {
		return classifier.subject(id).or(() -> context.visibleFaq(id)
			.map(faq -> classifier.words(faq.question()).stream()
				.filter(word -> NOUN.matcher(word).matches())
				.sorted()
				.collect(Collectors.joining(" ")))
			.filter(words -> !words.isEmpty()));
	}

	/** The context with entry {@code id} as its best candidate, at the best one's confidence, the others after it. */
	private static Context withFirst(Context context, String id) {
		Classification reading = context.classification();
		List<Candidate> candidates = new ArrayList<>();
		candidates.add(new Candidate(id, context.visibleFaq(id).map(FaqEntry::question).orElse(id),
				reading.candidates().get(0).confidence()));
		reading.candidates().stream().filter(candidate -> !candidate.faqId().equals(id)).forEach(candidates::add);
		return context.withClassification(new Classification(reading.intent(), reading.intentConfidence(), candidates,
				reading.confidence(), reading.band()));
	}

	/**
	 * 「申請書はどこ？あと締め切りは？」「駐車場ある？何時まで？」 after an answer: two short questions in one message, each
	 * leaning on the last answer. Each is read as a follow-up of its own ({@link #followUp}), or alone when it stands
	 * alone (a sure answer); both answers are given when they differ. Read as one message, the two aspects' words
	 * pulled apart: a clarify, or an answer to one of them only. Empty unless both are answered.
	 */
	Optional<Reply> twoFollowUps(Message message, Context blank) {
		List<String> parts = message.separateQuestions();
		// 「推進課？サポセン？両方？」 offers choices of one question: a name alone is no question of its own.
		if (parts.size() != 2 || parts.stream().anyMatch(part -> !FollowUps.mayFollow(part, blank.state())
				|| NAME_ALONE.matcher(part.strip()).matches())) {
			return Optional.empty();
		}
		List<Reply> replies = new ArrayList<>();
		for (String part : parts) {
			Context asked = blank.asking(part, Context.NOTHING);
			// A part alone that names a place and asks where it is (「サポセンはどこですか」) is that place's contact, as the
			// whole message would be (ContactLookup): the engine alone reads that どこ as who runs the centre (0.81).
			Optional<Reply> reply = followUp(asked).or(() -> {
				Context own = askedAlone(asked, part);
				return ContactLookup.of(own).or(() -> sureAnswer(own) ? EntryReplies.best(own) : Optional.empty());
			});
			if (reply.isEmpty() || reply.get().decision() != Decision.ANSWER) {
				return Optional.empty();
			}
			replies.add(reply.get());
		}
		Reply first = replies.get(0);
		Reply second = replies.get(1);
		boolean same = Objects.equals(first.faqId(), second.faqId())
				&& Objects.equals(first.departmentId(), second.departmentId());
		return Optional.of(same ? first : TwoAnswers.both(first, second));
	}

	/**
	 * 「自治会の行事も対象？」 typed under a clarify whose options all share one category (保険), whatever was answered
	 * before it: a short message the engine is not sure of alone ({@code own}) is asked again with that category in
	 * front; a sure reading is answered, an unsure one offered. Under the insurance entries' clarify it was a clarify led
	 * by the fund's eligibility.
	 */
	private Optional<Reply> afterClarify(Context blank, Context own, String category) {
		// An aspect alone (「期限はある？」 under the insurance entries' clarify read as the fund's deadline) is about the
		// options whatever it reads as alone.
		boolean facet = FollowUps.onlyAsksFacet(blank.question());
		String intent = own.classification().intent();
		if (own.classification().band() == Band.ANSWER && !facet
				|| intent != null && !(facet && ASPECT_INTENTS.contains(intent))) {
			return Optional.empty();
		}
		Context context = asked(blank, category + " " + blank.question());
		if (sureAnswer(context)) {
			return EntryReplies.best(context);
		}
		// Unsure with the category too: its candidates, not what the message reads as alone.
		return context.classification().band() == Band.CLARIFY && context.classification().intent() == null
				? ClarifyReplies.offer(context) : Optional.empty();
	}

	/**
	 * An aspect alone (「定員は？」「費用」) typed under a clarify whose options are of several categories: asked of the
	 * first option's topic, the reading that leads the clarify, and offered again when one of the options then leads.
	 * Which option the asker has in mind is not known, so nothing is answered outright; read alone, 「定員は？」 under
	 * options led by the next Mirai Talk was the centre's rooms at 0.99, an entry near none of them.
	 */
	private Optional<Reply> aspectOfFirstOffered(Context blank) {
		List<String> offered = blank.state().offered();
		// A pointing word (「それでも大丈夫？」) points at what the whole message told, which the message is read with.
		if (offered.isEmpty() || !FollowUps.onlyAsksFacet(blank.question()) || FollowUps.refers(blank.question())) {
			return Optional.empty();
		}
		// The answer before the clarify, when the options are about it (「月曜は？」 after the 公民館 offered it again), is
		// what the aspect is asked of, as after any answer.
		String last = blank.state().lastFaqId();
		if (last != null && offered.stream().anyMatch(id -> FollowUps.near(blank, last, id))) {
			return Optional.empty();
		}
		// Read alone as one of the options or an entry near one (「申し込み方法」 as the next Mirai Talk under options led
		// by the occasions to talk with the city), the message keeps its own reading.
		Context own = askedAlone(blank, blank.question());
		if (own.classification().band() == Band.ANSWER && own.classification().intent() == null
				&& !own.candidates().isEmpty() && offered.stream().anyMatch(id -> FollowUps.near(own, id, own.candidates().get(0).faqId()))) {
			return Optional.empty();
		}
		return FollowUps.withTopic(blank, offered.get(0), classifier.subject(offered.get(0)))
			.map(text -> asked(blank, text))
			.filter(context -> context.classification().intent() == null && !context.candidates().isEmpty()
					&& offered.contains(context.candidates().get(0).faqId()))
			.flatMap(ClarifyReplies::offer);
	}

	/** The one category all of a clarify's options just offered share, for a short message typed under it. */
	private static Optional<String> offeredCategory(Context blank) {
		ConversationState state = blank.state();
		if (state.offered().isEmpty() || !FollowUps.isShort(blank.question())) {
			return Optional.empty();
		}
		List<String> categories = state.offered().stream()
			.map(id -> blank.visibleFaq(id).map(FaqEntry::category).orElse(null))
			.distinct()
			.toList();
		return categories.size() == 1 ? Optional.ofNullable(categories.get(0)) : Optional.empty();
	}

	/**
	 * 「高齢者の見守りとか、ちょっとした買い物の手伝いとか」 after a who-to-consult reply that could not tell the department
	 * (it named the coordinators as the go-between, and no entry): the activity it could not place, told without asking
	 * anything. Asked where to consult about it, the directory names its department; read alone it was out of scope.
	 * Empty unless a department other than the coordinators is found.
	 */
	Optional<Reply> activityTold(Message message, Context blank) {
		ConversationState state = blank.state();
		String coordinators = blank.properties().coordinatorDepartment();
		if (message.asks() || message.content().isBlank() || state.lastFaqId() != null || !state.offered().isEmpty()
				|| !coordinators.equals(state.lastDepartmentId())) {
			return Optional.empty();
		}
		return Optional.of(consult(asked(blank, message.content())))
			.filter(reply -> reply.departmentId() != null && !coordinators.equals(reply.departmentId()));
	}

	/** The who-to-consult reply ({@link ConsultReplies#answer}), told which entries lead only on its asking words. */
	Reply consult(Context context) {
		// The message without its words asking where to turn, read once for both uses below.
		String bare = ConsultReplies.withoutWhere(context.question());
		Optional<Context> topic = bare.equals(context.question()) ? Optional.empty() : Optional.of(asked(context, bare));
		// 「保育園の申し込みはどこで聞けばいいですか」: where to turn for a city service out of scope, read as such once its
		// words asking where are set aside; the directory would name the field's department (子ども) as if the service
		// were an activity. An activity of the asker's own (「放置自転車の見回りを有志でやりたい。担当って市役所のどこ？」)
		// still gets its department, or the coordinators as the go-between.
		// A message that names no matter (「市役所のどこの課に相談したらええか全然わからへんねん」) asks for no service.
		if (!bare.isBlank() && topic.filter(t -> Intent.OUT_OF_SCOPE.equals(t.classification().intent())).isPresent()
				&& !CommonNeeds.wishesActivity(context.question()) && ConsultReplies.namesAMatter(context.question())) {
			return MissReplies.miss(context, true);
		}
		return ConsultReplies.answer(context, framed(topic));
	}

	/**
	 * Whether an entry leads a who-to-consult question only on its words asking where to turn (「どちらに連絡すれば
	 * よいでしょうか」 is the park-repair entry's own question): without them ({@code topic}, the engine's reading of the
	 * message without those words; empty when it has none) it is no longer the best candidate.
	 */
	private static Predicate<String> framed(Optional<Context> topic) {
		return id -> topic.map(t -> t.candidates().isEmpty() || !t.candidates().get(0).faqId().equals(id)).orElse(false);
	}

	/**
	 * A short message pointing at something never said (「それはどこで申し込めばいいの？」 as a conversation's first message)
	 * is at most a clarify whose best candidate does not lead: its entry was matched on the few words around the
	 * pointing word.
	 */
	static Context pointingAtNothing(Context context) {
		Classification c = context.classification();
		if (c.band() != Band.ANSWER && !c.leads() || !FollowUps.pointsAtNothing(context.question(), context.state())) {
			return context;
		}
		return context.withClassification(
				new Classification(c.intent(), c.intentConfidence(), c.candidates(), c.confidence(), Band.CLARIFY));
	}

	/** The directory department a message's self-introduction names (「防災対策課です」), if any. */
	static String askersDepartment(Context context, Message message) {
		return message.introduced().isEmpty() ? null
				: ContactLookup.named(context, SafeText.fold(message.introduced())).map(Department::id).orElse(null);
	}

	/**
	 * A writer who introduces themselves as a department (「防災対策課です。防災分野で活動している団体を紹介してもらえますか」)
	 * does not ask how to reach that department, although the rest of the message speaks of its field: its 相談窓口 entry
	 * leaves the candidates. When it was the best one the message is at most a clarify, so that the other candidates
	 * and the common needs ({@link CommonNeeds}) decide.
	 */
	static Context withoutAskersOwnContact(Context context) {
		Classification c = context.classification();
		String own = context.askersDepartment();
		if (own == null || c.candidates().isEmpty()) {
			return context;
		}
		List<Candidate> kept = c.candidates().stream()
			.filter(candidate -> context.visibleFaq(candidate.faqId())
				.filter(faq -> ConsultReplies.CONTACTS.equals(faq.category()) && own.equals(faq.departmentId()))
				.isEmpty())
			.toList();
		if (kept.size() == c.candidates().size()) {
			return context;
		}
		boolean topKept = !kept.isEmpty() && kept.get(0).faqId().equals(c.candidates().get(0).faqId());
		double confidence = topKept ? c.confidence() : kept.isEmpty() ? 0 : kept.get(0).confidence();
		Band band = topKept || c.band() == Band.LOW ? c.band() : kept.isEmpty() ? Band.LOW : Band.CLARIFY;
		return context.withClassification(
				new Classification(c.intent(), c.intentConfidence(), kept, confidence, band, topKept && c.leads()));
	}

	/** A message that asks something is not a greeting or a thanks, whatever the words left around its question. */
	static Context withoutSocialIntent(Context context) {
		Classification c = context.classification();
		if (!Intent.GREETING.equals(c.intent()) && !Intent.THANKS.equals(c.intent())) {
			return context;
		}
		return context.withClassification(
				new Classification(null, 0, c.candidates(), c.confidence(), c.band(), c.leads()));
	}

	/**
	 * 「上限はいくら？あと締め切りは？」: each asking sentence classified on its own. Two sure answers about different
	 * entries are both given; one sure answer is given when the message as a whole is not sure of anything.
	 */
	Optional<Reply> twoQuestions(Message message, Context whole) {
		List<String> parts = message.separateQuestions();
		if (parts.size() < 2) {
			return Optional.empty();
		}
		List<Context> sure = new ArrayList<>();
		List<Context> read = new ArrayList<>();
		int firstSure = -1;
		for (int i = 0; i < parts.size(); i++) {
			// A department writing (「防災対策課の職員です。…」) is not sent to its own contact entry in either part.
			Context context = withoutAskersOwnContact(asked(whole, parts.get(i)));
			read.add(context);
			// 「…町内会って入らなきゃいけない？入るとしたらどこに連絡すれば？」: a later part that asks where to turn and
			// is sure only of its asking words (an entry whose phrasings ask 「どこに連絡すれば」) is about the first
			// part's topic, not an answer of its own.
			if (sureAnswer(context) && (i == 0 || namesOwnTopic(whole, parts.get(i), context))
					&& sure.stream().noneMatch(s -> sameTop(s, context))) {
				firstSure = sure.isEmpty() ? i : firstSure;
				sure.add(context);
			}
		}
		if (sure.size() == 2) {
			return partAnswer(sure.get(0))
				.flatMap(first -> partAnswer(sure.get(1)).map(second -> TwoAnswers.both(first, second)));
		}
		Optional<Reply> withWhere = sure.size() == 1 && whole.askersDepartment() != null
				? answerAndWhere(sure.get(0), read, firstSure) : Optional.empty();
		if (withWhere.isPresent()) {
			return withWhere;
		}
		// One sure part is answered alone only when the whole message points the same way: 「締切いつ？」 after a
		// question about a tax is not about げんき基金 just because げんき基金 is the entry with a 締切. A later part
		// often leans on the first one's topic (「…ガイドラインは市民も読めますか。どこで手に入りますか。」): it stands
		// alone only when its entry is the whole message's best.
		int agreeing = firstSure == 0 ? FIRST_PART_AGREES : 1;
		boolean consistent = sure.size() == 1 && !sureAnswer(whole) && whole.classification().confidence() >= AGREES
				&& whole.candidates().stream().limit(agreeing)
			.anyMatch(c -> c.faqId().equals(sure.get(0).candidates().get(0).faqId()));
		return consistent ? partAnswer(sure.get(0)) : Optional.empty();
	}

	/**
	 * The answer to one part of a message that asked two things: a place named with a request to reach it
	 * (「サポセンってどこ？あと土日もあいてる？」) is looked up as the whole message would be ({@link ContactLookup}); the
	 * engine alone read 「サポセンってどこ？」 as who runs the centre.
	 */
	private static Optional<Reply> partAnswer(Context part) {
		return ContactLookup.of(part).or(() -> EntryReplies.best(part));
	}

	/**
	 * A department's two questions, one answered for sure and the other asking where to turn, which no entry answers
	 * for sure once the department's own contact entry is set aside
	 * (「防災対策課の職員です。げんき基金の上限は？それと、防災訓練を団体とやりたいのですが、どこに相談すれば？」): the entry
	 * answers the one, the who-to-consult directory the other (never the writer's own department: the go-between
	 * when nothing else is found), in the message's order. For every writer this was measured on the dev splits: one
	 * more right answer on blind-dev and one fewer on blind2-dev, whose reply led with the other part's entry; kept to
	 * departments (docs/benchmarks.md, thirteenth pass).
	 */
	private Optional<Reply> answerAndWhere(Context sure, List<Context> parts, int surePart) {
		// Two parts at most (Message#separateQuestions): the other one is the where-part.
		Context where = parts.get(1 - surePart);
		if (!ConsultReplies.asksWhere(where)) {
			return Optional.empty();
		}
		Reply consult = consult(where);
		return EntryReplies.best(sure)
			.map(answer -> surePart == 0 ? TwoAnswers.both(answer, consult) : TwoAnswers.both(consult, answer));
	}

	/**
	 * 「委託と協働ってなにが違うんですか。理事長に説明しなきゃなので簡単に」: one sentence asks, the others only tell. The
	 * telling sentences' words pull the whole message towards entries that share them, and its confidence falls. The
	 * asking sentence is answered alone when the engine is sure of it ({@link #ALONE_SURE}) and the whole message
	 * points the same way: its best entry is the same one, with confidence at least {@link #AGREES}. Otherwise the
	 * whole message decides, as before (a telling sentence can change the question: 「…今年また出せます？同じ事業で」).
	 */
	Optional<Reply> loneQuestion(Context whole, Optional<Context> lone) {
		if (sureAnswer(whole) || whole.classification().intent() != null
				|| whole.classification().confidence() < AGREES || whole.candidates().isEmpty()) {
			return Optional.empty();
		}
		return lone.filter(part -> sureAnswer(part) && part.classification().confidence() >= ALONE_SURE && sameTop(part, whole))
			.flatMap(EntryReplies::best);
	}

	/**
	 * 「お正月に餅つき大会やるんですが、市と共催できたりしますか」: the telling sentence (an event, a wish to act) reads the
	 * whole message as the menu of what is possible with the city, while the asking sentence names one way of it and the
	 * engine is sure of that alone ({@link #ALONE_SURE}). The named way is answered when it is also the whole message's
	 * best entry (or the menu card of that entry): the menu lists it among others the writer did not ask for. Not over an
	 * out-of-scope reading of the whole: a telling sentence can be what puts the matter out of scope (a company's own
	 * insurance, a resident's tax), and no out-of-scope message may be answered.
	 */
	Optional<Reply> loneOverMenu(Context whole, Optional<Context> lone) {
		if (!Intent.WHAT_IS_POSSIBLE.equals(whole.classification().intent()) || whole.candidates().isEmpty()) {
			return Optional.empty();
		}
		String best = whole.candidates().get(0).faqId();
		return lone.filter(part -> sureAnswer(part) && part.classification().confidence() >= ALONE_SURE
					&& FollowUps.sameTopic(part, part.candidates().get(0).faqId(), best))
			.flatMap(EntryReplies::best);
	}

	/**
	 * "I'd like to hold a small language exchange meetup. Can I rent a room at a kominkan?": the telling sentence's words
	 * pulled the whole message below the clarify bar (a fallback), while the asking sentence alone offers candidates led
	 * by the same entry. Those are offered: a choice of the question's readings is more than "could not read it".
	 */
	Optional<Reply> loneOffered(Context whole, Optional<Context> lone) {
		if (whole.classification().band() != Band.LOW || whole.classification().intent() != null
				|| whole.candidates().isEmpty()) {
			return Optional.empty();
		}
		return lone.filter(part -> part.classification().band() == Band.CLARIFY && part.classification().intent() == null
					&& sameTop(part, whole))
			.flatMap(ClarifyReplies::offer);
	}

	/**
	 * Whether {@code part}, which the engine answered with {@code sure}'s entry, still points to that entry without its
	 * words for asking where to turn (「どこに連絡すれば」「which office」). A part without such words names its own topic.
	 */
	private boolean namesOwnTopic(Context whole, String part, Context sure) {
		String rest = ConsultReplies.withoutWhere(part);
		if (rest.equals(part.strip())) {
			return true;
		}
		Context own = asked(whole, rest);
		return own.classification().band() != Band.LOW && !own.candidates().isEmpty() && sameTop(own, sure);
	}

	/**
	 * "What does kyodo mean exactly? I keep seeing it on city posters." "What does "kyodo" mean here? Is it just another
	 * word for volunteering?": a message whose first asking sentence asks what a word means or how two things differ is
	 * answered by that sentence alone when the engine is sure of it ({@link #ALONE_SURE}). What a word means does not
	 * depend on where the writer met it, and a second question about it (is it just volunteering?) is what the
	 * definition answers; but the other sentences' words (posters, flyers, google translate) pulled the whole message
	 * towards other entries, so the whole rarely pointed the same way as {@link #loneQuestion} asks. Nothing is answered
	 * when the engine is sure of the whole message or it carries an intent. A sentence read below the bar leaves the
	 * whole message to decide, unless it asks what one word means, bare ({@link #BARE_MEANING}): without the bar two more
	 * dev replies were right and two wrong (「市民活動の「後援」ってなんですか？…」 answered with what 市民活動 means), with
	 * the bare exception the two right ones only.
	 */
	Optional<Reply> meaningAsked(Message message, Context whole) {
		if (sureAnswer(whole) || whole.classification().intent() != null) {
			return Optional.empty();
		}
		return message.firstAsking()
			.or(() -> Optional.of(message.content()).filter(content -> QUALIFIED.matcher(content).find()))
			.filter(DialoguePolicy::asksMeaning)
			.map(part -> asked(whole, withoutQualifier(part)))
			.filter(part -> sureAnswer(part) && (part.classification().confidence() >= ALONE_SURE
					|| BARE_MEANING.matcher(SafeText.fold(part.question()).strip()).matches()))
			.flatMap(EntryReplies::best);
	}

	/**
	 * 「市役所の仕事でいう協働ってなんですか？」「地域活動における協働とは？」: what a word means where it is used. The place
	 * is no second topic (市役所 pulled the reading to the plaza in front of the city hall, at 0.73): the word is asked.
	 */
	private static final Pattern QUALIFIED = Pattern.compile("^(?:[^。？?！!]*[。？?！!]\\s*)?[^。？?！!、]{1,20}?"
			+ "(?:でいう|で言う|でいわれる|で言われる|における|に於ける|の中での)(?=[^\\s、。,.の「」『』\"'？?]{1,12}(?:って|とは)(?:何|なに|なん))");

	private static String withoutQualifier(String question) {
		return QUALIFIED.matcher(question).replaceFirst("");
	}

	/** Two things named and told apart (「「委託」と「協働」の違い」「協働と委託ちがうって」): the things are groups 1 and 2. */
	private static final Pattern NAMED_PAIR = Pattern.compile("([^\\s、。，,「」『』\"“”とでにをはがのも]{1,12})[」』\"”]?と[「『\"“]?"
			+ "([^\\s、。，,「」『』\"“”とでにをはがのも]{1,12})[」』\"”]?(?:の|って|は|が|では|とでは)?[、\\s]*(?:違い|ちがい|違う|ちがう|差)");

	/**
	 * 「保育課の者です。課内で「委託」と「協働」の違いを説明する機会があるのですが、市としての整理を簡潔に教えてもらえますか。」:
	 * two things told apart in a message whose other words (説明する機会, 整理, 簡潔に) pull its confidence down (a clarify at
	 * 0.61, the difference first). The difference is asked plainly (「委託と協働の違いを教えてください」; 「…の違いは何ですか？」
	 * read as what 委託 is) and answered when the engine is sure of it, its entry compares two things, and it is the whole
	 * message's best entry too.
	 */
	Optional<Reply> comparisonNamed(Message message, Context whole) {
		Matcher pair = NAMED_PAIR.matcher(message.content());
		if (!pair.find() || sureAnswer(whole) || whole.classification().intent() != null || whole.candidates().isEmpty()) {
			return Optional.empty();
		}
		Context plain = asked(whole, pair.group(1) + "と" + pair.group(2) + "の違いを教えてください");
		return sureAnswer(plain) && sameTop(plain, whole)
				&& plain.visibleFaq(plain.candidates().get(0).faqId()).filter(FollowUps::compares).isPresent()
						? EntryReplies.best(plain) : Optional.empty();
	}

	/**
	 * 「年末の大掃除いつにする？ 28日とかどう ＠コンシェルジュ サポセンって年末は何日まで開いてますか」: in a group chat the
	 * lines before the mention are the group's own talk. They stay the whole message's context, which a line such as
	 * 「担当課の電話番号は？」 needs, but their words pull the whole message's confidence down (a clarify at 0.66 here). The
	 * line that mentions the bot ({@link Message#addressed()}) is answered alone when the engine is sure of it
	 * ({@link #ALONE_SURE}) and the whole message's best entry is the same one. Unlike {@link #loneQuestion}, the whole
	 * message's confidence is not asked for: the talk was not written to the bot, and its words can sink the whole
	 * message below any floor (the best entry the same, at 0.40).
	 */
	Optional<Reply> addressedQuestion(Message message, Context whole) {
		if (message.addressed().isEmpty() || sureAnswer(whole) || whole.classification().intent() != null
				|| whole.candidates().isEmpty()) {
			return Optional.empty();
		}
		Context line = asked(whole, message.addressed());
		return sureAnswer(line) && line.classification().confidence() >= ALONE_SURE && sameTop(line, whole)
				? EntryReplies.best(line) : Optional.empty();
	}

	/**
	 * The engine's reading of the message's one asking sentence, when it has telling sentences too: read once for both
	 * {@link #loneQuestion} and the hand-over check of the dialogue.
	 */
	Optional<Context> loneAsked(Message message, Context whole) {
		return message.loneAsking().map(part -> asked(whole, part));
	}

	private static boolean sureAnswer(Context context) {
		return context.classification().intent() == null && context.classification().band() == Band.ANSWER
				&& !context.candidates().isEmpty();
	}

	private static boolean sameTop(Context one, Context other) {
		return one.candidates().get(0).faqId().equals(other.candidates().get(0).faqId());
	}

}
