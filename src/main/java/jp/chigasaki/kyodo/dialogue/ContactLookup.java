package jp.chigasaki.kyodo.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.SynonymGroup;
import jp.chigasaki.kyodo.matching.Band;

/**
 * 「市民自治推進課の電話番号を教えてください」「社会教育課は何階ですか」: a department named by its name, with a question
 * for how to reach it. The directory knows the answer (phone, floor, or that the switchboard puts you through), so the
 * department's own 相談窓口 entry, or else its card, is the reply; the engine's best entry is kept when it belongs to
 * that department already (「サポセンの電話番号は？」 → the centre's access entry).
 */
final class ContactLookup {

	/**
	 * Who runs a place (「運営は」「管理者って」「主催団体が」), written before a どこ that then asks which organisation, not
	 * where the place is: 「来年度のサポセンの運営はどこ？」「サポセンを運営しているのはどこですか」.
	 */
	private static final String WHO_RUNS = "(?:運営|管理|主催|経営|所管)(?:団体|者|元|会社|して(?:い)?るの|するの)?";

	/** A phone number, an extension, a direct line or a floor, by name (also what a follow-up asks in FollowUps). */
	static final String NUMBER_OR_FLOOR = "電話番号|でんわばんごう|内線|外線|直通|何番|なんばん|何階|なんかい(?!い)";

	/** How to reach a place: its phone, its floor, where it is. */
	private static final Pattern ASKS_CONTACT = Pattern.compile(NUMBER_OR_FLOOR + "|番号|連絡先|れんらくさき"
			+ "|問い合わせ先|問合せ先|住所|アクセス|行き方|場所(?:は|って|を(?:教|知|お教|おし)|が(?:よく)?(?:分か|わか|知)|[、？?]|$)|どこにあ"
			+ "|(?<!" + WHO_RUNS + ")(?:は|って)どこ(?:です|でしょう|にな|[？?]|$)|(?:電話|でんわ)(?:は|って|を|したい|をかけ|[？?]|$)"
			// 「市民自治推進課って何部でしたっけ」: the department's 部, which its card names (not 「何部刷れる？」, copies).
			+ "|(?:何|なん)部(?:です|でしょう|でした|だっけ|なの|なん|に|[？?]|$)|どこの部(?!署|屋)"
			+ "|\\b(?:phone|telephone|number|address|floor|located|location|contact details)\\b|\\bwhere is\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * 「サポセンどこ？」「市民自治推進課どこですか」: a bare どこ ending the message asks where the place is, unless it asks
	 * who runs it ({@link #WHO_RUNS}). Only for the question: an entry's phrasing that ends so (「パブコメの資料はどこ？」)
	 * does not make it the entry on reaching its department.
	 */
	private static final Pattern BARE_WHERE = Pattern.compile("(?<!" + WHO_RUNS + "(?:は|って|が)?)どこ(?:です|でしょう)?か?[？?]*$");

	/** A question about what the place is or does as well (「何をするところで、どこにあるんですか」): not a look-up. */
	private static final Pattern ASKS_MORE = Pattern.compile("何を|なにを|何する|なにする|どんな|どういう|とは|って何(?![階番部])|ってなに(?!かい|ばん)"
			+ "|\\bwhat (?:is|does|do)\\b", Pattern.CASE_INSENSITIVE);

	/** A name part that names a department on its own (市民自治推進課, 協働推進担当, 社協), not a word of its name (神奈川県). */
	private static final Pattern NAME_PART = Pattern.compile(".*(?:課|担当|センター|協議会|財団|支所|出張所)");

	private static final Pattern BRACKETED = Pattern.compile("[（(]([^）)]*)[）)]");

	/** A phone number or a floor: asked in the sentence after the department's name, still about it. */
	private static final Pattern PHONE_OR_FLOOR = Pattern.compile(NUMBER_OR_FLOOR + "|(?:電話|でんわ)(?:は|って|を|で|[？?]|$)");

	/**
	 * A sentence that speaks of another place or organisation is not about the department named before it (ご担当の方 is
	 * still the department's).
	 */
	private static final Pattern OTHER_PLACE = Pattern.compile("会場|駐車場|施設|学校|館|課|センター|団体|会社|店");

	/** A topic's window or section (「協働の窓口」「自治会の担当課」「協働担当」「協働について相談できるところ」). */
	private static final Pattern WINDOW = Pattern.compile("(?:の|について(?:相談|そうだん)(?:できる|する|の)?|を(?:担当|扱って)(?:して)?(?:いる|る)?)"
			+ "(?:相談)?(?:ところ|所)|窓口|まどぐち|担当課|担当部署|担当の課|担当の方|担当者|担当|部署|係");

	/** The switchboard asked for by name (代表電話, 大代表). */
	private static final Pattern SWITCHBOARD = Pattern.compile("代表|だいひょう");

	private static final int SHORTEST_NAME = 2;

	/** The words that end a section's name, any of which an asker may write for another ({@link #withSectionsAsNamed}). */
	private static final List<String> SECTION_WORDS = List.of("課", "室", "係", "担当");
	private static final Pattern SECTION = Pattern.compile("(.+?)(?:課|室|係|担当)");
	private static final int SHORTEST_STEM = 4;
	private static final Pattern HIRAGANA = Pattern.compile("[\\p{IsHiragana}ー]+");

	/** How far after the department's name the words asking how to reach it may start and end (characters). */
	private static final int NEAR = 24;

	private static final Pattern SENTENCE_END = Pattern.compile("[。？?！!\\n]");

	private ContactLookup() {
	}

	/**
	 * The reply naming the one department the question names, when it asks how to reach it and the engine is not
	 * already sure of an entry of that department; empty otherwise (two departments named are a who-to-consult
	 * question).
	 */
	static Optional<Reply> of(Context context) {
		String question = withNamesInKanji(context, SafeText.fold(context.question()));
		// A quick look for any words asking how to reach a place before the departments' names are looked up.
		if (!ASKS_CONTACT.matcher(question).find() && !BARE_WHERE.matcher(question).find()
				|| ASKS_MORE.matcher(question).find()) {
			return Optional.empty();
		}
		return namedIn(context, question).filter(department -> asksAbout(question, department))
			.filter(department -> !sureOf(context, department))
			.map(department -> reaching(context, department))
			.or(() -> topicsWindow(context, question));
	}

	/**
	 * 「協働の窓口の電話番号は？」「自治会の担当課の電話番号を教えて」: the window or section for a topic, asked how to reach,
	 * is the department whose topic it is ({@link DepartmentFinder#named}), not the city's switchboard, which the engine
	 * put first on 電話番号 (0.99 and 0.84). Only where the engine's best entry is the switchboard's and the question
	 * neither names the switchboard (代表) nor any department by name.
	 */
	private static Optional<Reply> topicsWindow(Context context, String question) {
		String switchboard = context.properties().switchboardDepartment();
		boolean switchboardFirst = context.candidates().stream().findFirst()
			.flatMap(top -> context.visibleFaq(top.faqId()))
			.filter(faq -> switchboard.equals(faq.departmentId()))
			.isPresent();
		if (!switchboardFirst || !WINDOW.matcher(question).find() || SWITCHBOARD.matcher(question).find()
				|| !ASKS_CONTACT.matcher(question).find()) {
			return Optional.empty();
		}
		return DepartmentFinder.named(context).stream().findFirst()
			.filter(department -> !department.id().equals(switchboard))
			.map(department -> reaching(context, department));
	}

	/**
	 * Whether the words asking for a phone, a floor or a place follow the department's name closely, in the same
	 * sentence (「市民自治推進課の協働推進担当の内線番号」「サポセンに行きたいんだけど、場所が」), so that they are about it: a
	 * place asked for elsewhere in the message (an event's venue, a car park) is not the department's.
	 */
	private static boolean asksAbout(String question, Department department) {
		String spelled = SafeText.katakana(question);
		for (String part : nameParts(department)) {
			for (int at = spelled.indexOf(part); at >= 0; at = spelled.indexOf(part, at + 1)) {
				int from = at + part.length();
				int limit = Math.min(question.length(), from + NEAR);
				Matcher sentenceEnd = SENTENCE_END.matcher(question).region(from, limit);
				if (sentenceEnd.find()) {
					limit = sentenceEnd.end();
				}
				if (asks(ASKS_CONTACT, question, from, limit) || asks(BARE_WHERE, question, from, limit)
						|| asks(PHONE_OR_FLOOR, question, limit, nextSentenceEnd(question, limit))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The end of the sentence that starts at {@code from}, or {@code from} when that sentence speaks of another place
	 * or organisation ({@link #OTHER_PLACE}): 「市民自治推進課に一度ご相談したく存じます。お電話番号と何階かを…」 asks the
	 * department's number in the next sentence; a venue or a car park asked for there is not the department's.
	 */
	private static int nextSentenceEnd(String question, int from) {
		Matcher end = SENTENCE_END.matcher(question).region(Math.min(from + 1, question.length()), question.length());
		int limit = end.find() ? end.end() : question.length();
		String next = question.substring(from, limit);
		return OTHER_PLACE.matcher(next).find() ? from : limit;
	}

	private static boolean asks(Pattern words, String question, int from, int limit) {
		return words.matcher(question).region(from, limit).useAnchoringBounds(false).useTransparentBounds(true).find();
	}

	/**
	 * The department whose name the question uses most of; of departments sharing the same name (市民自治推進課 has two
	 * sections), the coordinators' section, the bot's own. Empty when none is named, or when two unrelated ones are.
	 */
	static Optional<Department> named(Context context, String foldedQuestion) {
		return namedIn(context, withNamesInKanji(context, foldedQuestion));
	}

	/** {@link #named} of a question whose hiragana names are already written in kanji ({@link #withNamesInKanji}). */
	private static Optional<Department> namedIn(Context context, String withNames) {
		List<Named> found = new ArrayList<>();
		// A name in katakana may be typed in hiragana (さぽせん).
		String spelled = SafeText.katakana(withNames);
		for (Department department : context.knowledge().departments()) {
			int used = nameParts(department).stream().filter(spelled::contains).mapToInt(String::length).sum();
			if (used > 0) {
				found.add(new Named(department, used));
			}
		}
		String coordinators = context.properties().coordinatorDepartment();
		found.sort(Comparator.comparingInt(Named::used).reversed()
			.thenComparing(named -> !named.department().id().equals(coordinators)));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Department first = found.get(0).department();
		boolean unrelated = found.stream().skip(1)
			.anyMatch(other -> nameParts(other.department()).stream().noneMatch(nameParts(first)::contains));
		return unrelated ? Optional.empty() : Optional.of(first);
	}

	/**
	 * The question with a department's name typed in hiragana written as the name: each hiragana word of
	 * {@code faq/synonyms.yaml} whose group's first word is a department's name or a part of one (しみんじちすいしんか →
	 * 市民自治推進課). Read as typed, 「しみんじちすいしんか どこ」 named no department and was a clarify of entries that
	 * mention the division.
	 */
	private static String withNamesInKanji(Context context, String folded) {
		String spelled = withSectionsAsNamed(context, folded);
		for (SynonymGroup group : context.knowledge().synonyms()) {
			List<String> typed = group.words()
				.stream()
				.map(SafeText::fold)
				.filter(kana -> kana.length() >= SHORTEST_NAME && HIRAGANA.matcher(kana).matches())
				.filter(folded::contains)
				.toList();
			String name = SafeText.fold(group.canonical());
			if (!typed.isEmpty() && context.knowledge().departments().stream()
				.anyMatch(department -> nameParts(department).contains(name))) {
				for (String kana : typed) {
					spelled = spelled.replace(kana, name);
				}
			}
		}
		return spelled;
	}

	/**
	 * The question with a department's name written with another section word as the name: 「協働推進課」「協働推進室」 for
	 * 協働推進担当, 「市民自治推進室」 for 市民自治推進課. Few askers know whether a section is a 課, a 室 or a 担当; read as typed,
	 * 「協働推進課の場所を教えてください」 named no department and was a clarify led by the centre's role. Not where the slip is
	 * part of another department's name written in full (県の「NPO協働推進課」), and only for names whose stem is at least
	 * {@link #SHORTEST_STEM} long (市民課 is not 市民室).
	 */
	private static String withSectionsAsNamed(Context context, String folded) {
		String spelled = folded;
		for (Department department : context.knowledge().departments()) {
			for (String part : nameParts(department)) {
				Matcher section = SECTION.matcher(part);
				if (!section.matches() || section.group(1).length() < SHORTEST_STEM) {
					continue;
				}
				for (String word : SECTION_WORDS) {
					String slip = section.group(1) + word;
					// Not a department's own name, nor inside one written in the message (NPO協働推進課).
					if (!slip.equals(part) && spelled.contains(slip) && context.knowledge().departments().stream()
						.flatMap(other -> nameParts(other).stream())
						.noneMatch(name -> name.equals(slip) || name.contains(slip) && folded.contains(name))) {
						spelled = spelled.replace(slip, part);
					}
				}
			}
		}
		return spelled;
	}

	/** The parts of the department's name, folded, and with any hiragana in katakana ({@link SafeText#katakana}). */
	private static List<String> nameParts(Department department) {
		List<String> parts = new ArrayList<>();
		String name = SafeText.katakana(SafeText.fold(department.name()));
		String outside = BRACKETED.matcher(name).replaceAll(" ");
		for (String part : outside.split("[\\s・]+")) {
			if (part.length() >= SHORTEST_NAME && NAME_PART.matcher(part).matches()) {
				parts.add(part);
				if (part.endsWith("課")) {
					// 課 and 化 are both か: 「市民自治推進化」 is a slip of the kana-kanji conversion.
					parts.add(part.substring(0, part.length() - 1) + "化");
				}
			}
		}
		// What is in brackets is another name for the whole (サポセン, 社協), or its sections (小出支所・出張所).
		Matcher bracketed = BRACKETED.matcher(name);
		while (bracketed.find()) {
			for (String part : bracketed.group(1).split("[\\s・]+")) {
				if (part.length() >= SHORTEST_NAME) {
					parts.add(part);
				}
			}
		}
		return parts;
	}

	/**
	 * Whether the engine is sure of an entry that already says how to reach this department ({@link #reaching}).
	 * Another entry of the department (its matching scheme, for 「市民自治推進課は何階？」) does not answer the question.
	 */
	private static boolean sureOf(Context context, Department department) {
		return context.classification().band() == Band.ANSWER && context.candidates().stream().findFirst()
			.flatMap(top -> context.visibleFaq(top.faqId()))
			.filter(faq -> reaching(faq, department))
			.isPresent();
	}

	/**
	 * The entry that says how to reach the department: its 相談窓口 entries, then the entries whose own question asks
	 * how to reach it (「サポセンの住所と電話番号を教えてください」), then those with only a phrasing that does; each kind
	 * in the engine's order, then in the files' order.
	 */
	private static Optional<Reply> ownEntry(Context context, Department department) {
		List<String> ranked = context.candidates().stream().map(candidate -> candidate.faqId()).toList();
		return context.knowledge().faqs().stream()
			.filter(faq -> faq.visibleTo(context.audience()) && reaching(faq, department))
			.min(Comparator.comparing((FaqEntry faq) -> !ConsultReplies.CONTACTS.equals(faq.category()))
				.thenComparing(faq -> !asksContact(faq.question()))
				.thenComparingInt(faq -> ranked.contains(faq.id()) ? ranked.indexOf(faq.id()) : ranked.size()))
			.flatMap(faq -> EntryReplies.byId(context, faq.id(), 1));
	}

	/** One of the department's 相談窓口 entries, or an entry of it asked about how to reach it. */
	private static boolean reaching(FaqEntry faq, Department department) {
		return department.id().equals(faq.departmentId()) && (ConsultReplies.CONTACTS.equals(faq.category())
				|| asksContact(faq.question()) || faq.phrasings().stream().anyMatch(ContactLookup::asksContact));
	}

	private static boolean asksContact(String text) {
		return ASKS_CONTACT.matcher(SafeText.fold(text)).find();
	}

	/**
	 * A person's name asked for (「担当の方のお名前を教えてください」「担当者の名前は？」): the directory names offices, not
	 * people, so the card says so and gives the office (the first was the endorsement entry at 0.87). The name of a
	 * thing (「その条例の正式な名前」) or of someone else (「代表者の名前を変えたい」) is not the one asked for.
	 */
	static final String NAME = "(?:担当|職員|係)(?:者|の方|の人|さん)?(?:の|さんの)?(?:お)?(?:名前|なまえ|氏名)"
			+ "|\\bname of (?:the |that |your )?(?:person|staff|officer|contact)\\b|\\b(?:person's|staff's|officer's) name\\b";

	private static final Pattern NAME_ASKED = Pattern.compile(NAME, Pattern.CASE_INSENSITIVE);

	/** How to reach the department: the entry that says so ({@link #ownEntry}), else its card. */
	static Reply reaching(Context context, Department department) {
		return ownEntry(context, department).orElseGet(() -> card(context, department));
	}

	/**
	 * What a department named by its name does, asked just after the name (「市民自治推進課ってなにするとこですか」「地域自治担当
	 * ってなに」「社会教育課の仕事内容を教えて」): not a floor or an hour (「…って何階」).
	 */
	private static final Pattern WHAT_IT_DOES = Pattern.compile("(?:さん)?(?:って|とは|は|て)?[、\\s]*"
			+ "(?:(?:何|なに|なん)(?:を|の)?(?:する|して|やって|担当|仕事|課|ところ|とこ|部署|係|です|でしょう|[？?！!。]|$)"
			+ "|どんな|どういう)"
			+ "|(?:さん)?の(?:仕事|役割|業務|担当)(?:内容)?(?:は|って|を|が|[？?]|$)");

	/** Said on a card's reply when the directory has no direct number for the department. */
	private static final String NO_DIRECT_PHONE = "直通の電話番号は確認できていません。";

	/** A section's name (市民自治推進課, 地域自治担当): what it does is a question for the directory. */
	private static final Pattern SECTION_NAME = Pattern.compile(".*(?:課|担当|係|室)");

	/**
	 * 「市民自治推進課ってなにするとこですか」「地域自治担当ってなに」: what a section named by its name does, answered by its
	 * card, which lists what it handles and how to reach it; by both sections' cards when the name is theirs (市民自治推進課
	 * has two). Read as a question, the first was the pre-meeting matching at 1.00 (one of the section's tasks) and the
	 * second was handed over (担当 read as a person). A centre or a council (サポセン, 社協) is left to its own entry.
	 */
	static Optional<Reply> duties(Context context) {
		String question = withNamesInKanji(context, SafeText.fold(context.question()));
		String spelled = SafeText.katakana(question);
		String coordinators = context.properties().coordinatorDepartment();
		for (Department department : context.knowledge().departments()) {
			for (String part : nameParts(department)) {
				if (SECTION_NAME.matcher(part).matches() && asksWhatItDoes(question, spelled, part)) {
					List<Department> sections = context.knowledge().departments().stream()
						.filter(other -> !other.id().equals(context.properties().switchboardDepartment())
								&& nameParts(other).contains(part))
						.sorted(Comparator.comparing(other -> !other.id().equals(coordinators)))
						.toList();
					return Optional.of(duties(context, sections));
				}
			}
		}
		return Optional.empty();
	}

	private static Reply duties(Context context, List<Department> sections) {
		Department first = sections.get(0);
		Draft draft = Draft.of(Decision.ANSWER).entry(null, first.id(), 1)
			.text(sections.size() == 1
					? first.name() + "が担当していることと、連絡先です。"
							+ (first.phone() == null ? NO_DIRECT_PHONE : "")
					: "次の" + sections.size() + "つの担当に分かれています。それぞれが担当していることと、連絡先です。");
		sections.forEach(draft::card);
		return draft.quick(Buttons.human(), Buttons.menu()).build(context.settled(null, first.id()));
	}

	private static boolean asksWhatItDoes(String question, String spelled, String part) {
		for (int at = spelled.indexOf(part); at >= 0; at = spelled.indexOf(part, at + 1)) {
			if (WHAT_IT_DOES.matcher(question).region(at + part.length(), question.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/** The department's card from the directory, saying so when its direct phone number is not known. */
	static Reply card(Context context, Department department) {
		String name = NAME_ASKED.matcher(context.question()).find() ? "担当者のお名前は、こちらでは分かりかねます。" : "";
		return Draft.of(Decision.ANSWER)
			.entry(null, department.id(), 1)
			.text(name + department.name() + "の連絡先です。"
					+ (department.phone() == null ? NO_DIRECT_PHONE : ""))
			.card(department)
			.quick(Buttons.human(), Buttons.menu())
			.build(context.settled(null, department.id()));
	}

	private record Named(Department department, int used) {
	}
}
