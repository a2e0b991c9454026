package jp.chigasaki.kyodo.dialogue;

import java.util.List;
import java.util.Optional;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.MenuItem;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Classification;

/**
 * One message being answered: the knowledge snapshot it is answered from (one per message, so that a reload midway
 * cannot mix two), who asks, what was remembered, and what the engine understood.
 */
record Context(KnowledgeBase knowledge, Audience audience, ConversationState state, String question,
		Classification classification, DialogueProperties properties, String askersDepartment) {

	static final Classification NOTHING = new Classification(null, 0, List.of(), 0, Band.LOW);

	/** A context whose writer named no department of their own. */
	Context(KnowledgeBase knowledge, Audience audience, ConversationState state, String question,
			Classification classification, DialogueProperties properties) {
		this(knowledge, audience, state, question, classification, properties, null);
	}

	/** This context with the engine's reading of the question replaced. */
	Context withClassification(Classification changed) {
		return new Context(knowledge, audience, state, question, changed, properties, askersDepartment);
	}

	/** This context for another question (a part of the message, or the message reframed), read as {@code reading}. */
	Context asking(String other, Classification reading) {
		return new Context(knowledge, audience, state, other, reading, properties, askersDepartment);
	}

	/**
	 * This context written by someone who introduced themselves as a directory department (「防災対策課です。…」): that
	 * department is not where they are sent ({@link DepartmentFinder}, {@link Understanding#withoutAskersOwnContact}).
	 * The claim changes nothing about access: only the audience does that.
	 */
	Context withAskersDepartment(String departmentId) {
		return new Context(knowledge, audience, state, question, classification, properties, departmentId);
	}

	/** An FAQ entry this audience may see; staff-only entries do not exist for members. */
	Optional<FaqEntry> visibleFaq(String id) {
		return id == null ? Optional.empty() : knowledge.faq(id).filter(faq -> faq.visibleTo(audience));
	}

	boolean exists(String id) {
		return visibleFaq(id).isPresent() || visibleMenuItem(id).isPresent();
	}

	/** A できることメニュー item this audience may see; staff-only items do not exist for members. */
	Optional<MenuItem> visibleMenuItem(String id) {
		return id == null ? Optional.empty() : knowledge.menuItem(id).filter(item -> item.visibleTo(audience));
	}

	/**
	 * The engine's candidates that exist in this snapshot and are visible to the audience, best first. The engine
	 * filters by audience already; checking again keeps staff-only entries from members whatever the engine does.
	 */
	List<Candidate> candidates() {
		return classification.candidates().stream().filter(c -> exists(c.faqId())).toList();
	}

	/** A candidate's title as the files have it now (the engine's copy may be older after a reload). */
	String title(Candidate candidate) {
		return visibleFaq(candidate.faqId()).map(FaqEntry::question)
			.or(() -> visibleMenuItem(candidate.faqId()).map(MenuItem::name))
			.filter(title -> !title.isBlank())
			.orElse(candidate.faqId());
	}

	Optional<Department> department(String id) {
		return id == null ? Optional.empty() : knowledge.department(id);
	}

	Optional<Department> switchboard() {
		return department(properties.switchboardDepartment());
	}

	Optional<Department> coordinators() {
		return department(properties.coordinatorDepartment());
	}

	/** The confidence a reply reports: of the intent when one was recognised, else of the best candidate. */
	double sureness() {
		return classification.intent() != null ? classification.intentConfidence() : classification.confidence();
	}

	/** What to remember after a message the bot answered or handled: the row of misses is broken. */
	ConversationState settled(String lastFaqId) {
		String department = visibleFaq(lastFaqId).map(FaqEntry::departmentId)
			.or(() -> lastFaqId == null ? Optional.empty() : knowledge.menuItem(lastFaqId).map(MenuItem::departmentId))
			.orElse(null);
		return settled(lastFaqId, department);
	}

	/** The same, remembering the department named (「その課の電話は？」 comes next). */
	ConversationState settled(String lastFaqId, String departmentId) {
		return new ConversationState(List.of(), 0, lastFaqId == null ? state.lastFaqId() : lastFaqId,
				departmentId == null ? state.lastDepartmentId() : departmentId, state.english());
	}
}
