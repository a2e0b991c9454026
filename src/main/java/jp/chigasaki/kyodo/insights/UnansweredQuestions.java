package jp.chigasaki.kyodo.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Knowledge;
import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.MatchingEngine;

/** The learning loop's questions: read from the store, grouped by similarity, labelled by coordinators. */
final class UnansweredQuestions {

	private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
	private static final Pattern ID = Pattern.compile("\\d{4}-\\d{2}-\\d{2}:\\d{1,9}");

	private final AnalyticsStore store;
	private final MatchingEngine engine;
	private final Knowledge knowledge;
	private final JsonMapper json;
	private final InsightsProperties properties;

	UnansweredQuestions(AnalyticsStore store, MatchingEngine engine, Knowledge knowledge, JsonMapper json,
			InsightsProperties properties) {
		this.store = store;
		this.engine = engine;
		this.knowledge = knowledge;
		this.json = json;
		this.properties = properties;
	}

	List<Insights.QuestionGroup> groups(List<LocalDate> days) {
		List<Insights.Question> open = read(days).stream().filter(q -> q.label() == null).toList();
		List<String> texts = open.stream().map(Insights.Question::text).toList();
		List<Insights.QuestionGroup> groups = new ArrayList<>();
		for (List<Integer> members : QuestionGroups.group(texts, engine.analyzer(), properties.similarity())) {
			List<Insights.Question> questions = members.stream().map(open::get).toList();
			Candidate best = best(questions.get(0));
			groups.add(new Insights.QuestionGroup(questions.get(0).id(), questions, suggestion(best)));
		}
		return groups;
	}

	List<Insights.Question> labelled(List<LocalDate> days) {
		return read(days).stream().filter(q -> q.label() != null).toList();
	}

	List<Insights.Question> find(List<String> ids) {
		Set<String> wanted = new LinkedHashSet<>(checked(ids));
		List<LocalDate> days = wanted.stream().map(id -> LocalDate.parse(id.substring(0, 10))).distinct().toList();
		List<Insights.Question> found = read(days).stream().filter(q -> wanted.contains(q.id())).toList();
		if (found.isEmpty()) {
			throw new Insights.InvalidRequest("指定された質問は見つかりません（保存期間を過ぎた可能性があります）。");
		}
		return found;
	}

	Candidate best(List<String> ids) {
		return best(find(ids).get(0));
	}

	int label(List<String> ids, String label) {
		if (label == null || !LABEL.matcher(label).matches()) {
			throw new Insights.InvalidRequest("ラベルは半角英小文字・数字・ハイフンのエントリID（または escalate）にしてください。");
		}
		int labelled = 0;
		for (String id : checked(ids)) {
			if (store.label(id, json.writeValueAsString(Map.of("label", label)))) {
				labelled++;
			}
		}
		return labelled;
	}

	private Insights.Suggestion suggestion(Candidate best) {
		if (best == null) {
			return null;
		}
		String department = knowledge.current()
			.faq(best.faqId())
			.flatMap(entry -> knowledge.current().department(entry.departmentId()))
			.map(d -> d.name())
			.orElse(null);
		return new Insights.Suggestion(best.faqId(), best.title(), best.confidence(), department);
	}

	private Candidate best(Insights.Question question) {
		Audience audience = "staff".equals(question.audience()) ? Audience.STAFF : Audience.MEMBER;
		Classification classification = engine.classify(question.text(), audience);
		return classification.candidates().isEmpty() ? null : classification.candidates().get(0);
	}

	private List<Insights.Question> read(List<LocalDate> days) {
		List<Insights.Question> questions = new ArrayList<>();
		store.questions(days).forEach((id, stored) -> {
			TurnRecorder.Question q = json.readValue(stored[0], TurnRecorder.Question.class);
			String label = stored[1] == null ? null : json.readTree(stored[1]).get("label").asString();
			questions.add(new Insights.Question(id, LocalDate.parse(id.substring(0, 10)), q.reason(), q.text(),
					q.faqId(), q.audience(), label));
		});
		questions.sort(java.util.Comparator.comparing(Insights.Question::date)
			.thenComparingInt(q -> Integer.parseInt(q.id().substring(11))));
		return questions;
	}

	private static List<String> checked(List<String> ids) {
		if (ids == null || ids.isEmpty()) {
			throw new Insights.InvalidRequest("質問を1件以上選んでください。");
		}
		for (String id : ids) {
			if (!ID.matcher(id).matches()) {
				throw new Insights.InvalidRequest("質問のIDが正しくありません: " + id);
			}
		}
		return ids;
	}
}
